// The side panel: a column beside the map on wide screens, a bottom sheet below the map on phones (see app.css).
// On phones the map ends where the sheet begins, so whatever the camera frames is in sight, never under the sheet.
import { useState } from 'react';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { SHEET_SHARE, SheetHandle, type SheetHeight } from './SheetHandle';

export function SidePanel({ children }: { children?: React.ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  const open = useAppStore((s) => s.panelOpen);
  const setOpen = useAppStore((s) => s.setPanelOpen);
  const [height, setHeight] = useState<SheetHeight>('half');
  const [dragging, setDragging] = useState<number | null>(null);
  const share = dragging ?? SHEET_SHARE[height];
  return (
    <aside
      className={`side-panel ${open ? 'open' : 'closed'}${dragging === null ? '' : ' dragging'}`}
      aria-label={t(lang, 'panelLabel')}
      style={{ '--sheet-share': share } as React.CSSProperties}
      data-sheet={height}
    >
      {open && <SheetHandle height={height} onHeight={setHeight} onDrag={setDragging} />}
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={open}
        aria-controls="panel-body"
        onClick={() => setOpen(!open)}
      >
        {open ? t(lang, 'closePanel') : t(lang, 'openPanel')}
      </button>
      <div id="panel-body" className="panel-body" hidden={!open}>
        {children ?? <p className="welcome">{t(lang, 'welcome')}</p>}
      </div>
    </aside>
  );
}

// The side panel: a column beside the map on wide screens, a bottom sheet on phones (see app.css).
import { t } from '../i18n';
import { useAppStore } from '../store';

export function SidePanel({ children }: { children?: React.ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  const open = useAppStore((s) => s.panelOpen);
  const setOpen = useAppStore((s) => s.setPanelOpen);
  return (
    <aside className={`side-panel ${open ? 'open' : 'closed'}`} aria-label={t(lang, 'panelLabel')}>
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

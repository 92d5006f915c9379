// Export as a menu button (ARIA menu pattern): Enter, Space or ↓ opens it on the first item, ↑/↓ move,
// Esc closes and returns to the button. Files hold the records the filters show, or the picture of the map.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../i18n';
import { useAppStore } from '../store';
import { useAtlasIndex, useShownRecords } from '../panels/use-atlas';
import { downloadBlob } from '../export/download';
import type { MenuFormat } from './export-run';
import '../panels/export-menu.css';

const ITEMS: { format: MenuFormat; label: MessageKey }[] = [
  { format: 'geojson', label: 'exportGeoJson' },
  { format: 'csv', label: 'exportCsv' },
  { format: 'png', label: 'exportPng' },
  { format: 'png-slides', label: 'exportPngSlides' },
  { format: 'png-print', label: 'exportPngPrint' },
  { format: 'data-geojson', label: 'exportDataGeoJson' },
  { format: 'data-csv', label: 'exportDataCsv' },
];

export function ExportMenu() {
  const lang = useAppStore((s) => s.lang);
  const year = useAppStore((s) => s.filters.year);
  const index = useAtlasIndex();
  const shown = useShownRecords(index);
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();

  useEffect(() => {
    if (open) items.current[open === 'first' ? 0 : ITEMS.length - 1]?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  const run = async (format: MenuFormat) => {
    close(true);
    if (!index) return;
    try {
      // The export code (files, the picture, the route's legend) loads on the first export.
      const { exportFile, exportFileName } = await import('./export-run');
      setStatus(t(lang, 'exportPreparing', { file: exportFileName(format) }));
      const file = await exportFile(format, shown, lang, year);
      downloadBlob(file.blob, file.filename);
      setStatus(t(lang, 'exportDone', { file: file.filename }));
    } catch (err) {
      setStatus('');
      useAppStore.getState().notify('error', t(lang, 'exportFailed', { detail: (err as Error).message }));
    }
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const at = items.current.indexOf(document.activeElement as HTMLButtonElement);
    const n = ITEMS.length;
    const to = { ArrowDown: (at + 1) % n, ArrowUp: (at - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      items.current[to]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div
      className="export-menu"
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={`${id}-menu`}
        disabled={!index}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        {t(lang, 'exportMenu')} <span aria-hidden="true">▾</span>
      </button>
      <div id={`${id}-menu`} role="menu" aria-labelledby={`${id}-button`} hidden={!open} onKeyDown={onMenuKey}>
        {ITEMS.map((item, i) => (
          <button
            key={item.format}
            ref={(el) => {
              items.current[i] = el;
            }}
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => void run(item.format)}
          >
            {t(lang, item.label)}
          </button>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}

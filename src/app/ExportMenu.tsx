// Export as a menu button (ARIA menu pattern): Enter, Space or ↓ opens it on the first item, ↑/↓ move,
// Esc closes and returns to the button. Files hold the records the filters show, or the picture of the map.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { pictureFile, recordsFile, type ExportFormat, type PictureSize } from '../export/actions';
import type { PictureRoute } from '../export/picture-legend';
import { usePlan, type PlanState } from '../planner/use-plan';
import { carrierWord, placeName } from '../planner/words';
import type { Lang } from '../i18n';
import { datasetFile, datasetFilename } from '../export/dataset';
import { downloadBlob, exportFilename } from '../export/download';
import { t, type MessageKey } from '../i18n';
import { useAppStore } from '../store';
import { useAtlasIndex, useShownRecords } from '../panels/use-atlas';
import '../panels/export-menu.css';

type MenuFormat = ExportFormat | 'data-geojson' | 'data-csv';

const ITEMS: { format: MenuFormat; label: MessageKey }[] = [
  { format: 'geojson', label: 'exportGeoJson' },
  { format: 'csv', label: 'exportCsv' },
  { format: 'png', label: 'exportPng' },
  { format: 'png-slides', label: 'exportPngSlides' },
  { format: 'png-print', label: 'exportPngPrint' },
  { format: 'data-geojson', label: 'exportDataGeoJson' },
  { format: 'data-csv', label: 'exportDataCsv' },
];

const PICTURE_SIZES: Partial<Record<ExportFormat, PictureSize>> = {
  png: 'screen',
  'png-slides': 'slides',
  'png-print': 'print',
};

/** The route the map draws, for the picture's legend. */
function pictureRoute({ net, chosen }: PlanState, lang: Lang): PictureRoute | null {
  if (!net || !chosen) return null;
  return {
    route: chosen,
    placeName: (id) => placeName(net, id, lang),
    carrierWord: (c) => carrierWord(c, lang),
  };
}

export function ExportMenu() {
  const lang = useAppStore((s) => s.lang);
  const year = useAppStore((s) => s.filters.year);
  const index = useAtlasIndex();
  const shown = useShownRecords(index);
  const plan = usePlan();
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
    const data = format === 'data-geojson' ? 'geojson' : format === 'data-csv' ? 'csv' : null;
    setStatus(t(lang, 'exportPreparing', { file: data ? datasetFilename(data, new Date()) : exportFilename(format) }));
    try {
      const size = PICTURE_SIZES[format as ExportFormat];
      const file = data
        ? datasetFile(data, index)
        : size !== undefined
          ? await pictureFile(index, shown, lang, year, size, pictureRoute(plan, lang))
          : recordsFile(format as 'geojson' | 'csv', index, shown);
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

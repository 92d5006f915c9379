// Everything the map shows, as a table: sortable by any column, walked with ↑/↓, Enter selects and flies there.
// The selected record's row is highlighted and kept in view, whichever way it was selected.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../i18n';
import { useAppStore } from '../store';
import { listRows, nextSort, sortRows, SORT_KEYS, type Sort, type SortKey } from './list-rows';
import { showRecord } from './show-record';
import { useAtlasIndex, useShownRecords } from './use-atlas';
import './list-view.css';

const HEADINGS: Record<SortKey, MessageKey> = {
  name: 'listName',
  kind: 'listKind',
  corridors: 'listCorridors',
  countries: 'listCountries',
  status: 'listStatus',
  year: 'listYear',
};

const PAGE = 10;

export function ListView() {
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore((s) => s.selected);
  const index = useAtlasIndex();
  const shown = useShownRecords(index);
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 'asc' });
  const [focused, setFocused] = useState<string | null>(null);
  const rowEls = useRef(new Map<string, HTMLTableRowElement>());
  const hintId = useId();

  const rows = useMemo(
    () => (index ? sortRows(listRows(index, shown, lang), sort, lang) : []),
    [index, shown, lang, sort],
  );
  // One row is in the tab order (roving tabindex): the one last focused, else the selected one, else the first.
  const has = (id: string | null) => id !== null && rows.some((r) => r.id === id);
  const tabbable = has(focused) ? focused : has(selected) ? selected : (rows[0]?.id ?? null);

  useEffect(() => {
    if (selected) rowEls.current.get(selected)?.scrollIntoView({ block: 'nearest' });
  }, [selected, rows]);

  const focusRow = (i: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (row) rowEls.current.get(row.id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, i: number, id: string) => {
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      PageDown: i + PAGE,
      PageUp: i - PAGE,
      Home: 0,
      End: rows.length - 1,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      focusRow(to);
    } else if ((e.key === 'Enter' || e.key === ' ') && index) {
      e.preventDefault();
      showRecord(index, id);
    }
  };

  if (!index) return <p className="welcome">{t(lang, 'loadingMap')}</p>;

  return (
    <div className="list-view">
      <p className="list-count">{t(lang, 'listCount', { count: rows.length })}</p>
      <p id={hintId} className="visually-hidden">
        {t(lang, 'listHint')}
      </p>
      {rows.length === 0 ? (
        <p className="welcome">{t(lang, 'listEmpty')}</p>
      ) : (
        <div className="list-scroll">
          <table className="list-table" aria-label={t(lang, 'listLabel')} aria-describedby={hintId}>
            <thead>
              <tr>
                {SORT_KEYS.map((key) => {
                  const label = t(lang, HEADINGS[key]);
                  const sorted = sort.key === key;
                  return (
                    <th
                      key={key}
                      scope="col"
                      className={`col-${key}`}
                      aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <button type="button" onClick={() => setSort(nextSort(sort, key))}>
                        {label}
                        <span className="sort-mark" aria-hidden="true">
                          {sorted ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr
                  key={r.id}
                  ref={(el) => {
                    if (el) rowEls.current.set(r.id, el);
                    else rowEls.current.delete(r.id);
                  }}
                  tabIndex={r.id === tabbable ? 0 : -1}
                  aria-current={r.id === selected ? 'true' : undefined}
                  className={r.id === selected ? 'selected' : undefined}
                  data-id={r.id}
                  onFocus={() => setFocused(r.id)}
                  onClick={() => showRecord(index, r.id)}
                  onKeyDown={(e) => onKeyDown(e, i, r.id)}
                >
                  <th scope="row" className="col-name">
                    {r.name}
                  </th>
                  <td className="col-kind">{r.kind}</td>
                  <td className="col-corridors">
                    {r.corridors.map((c) => (
                      <span key={c.id} className="corridor-chip" title={c.name}>
                        <span className="chip-swatch" style={{ background: c.colour }} aria-hidden="true" />
                        <span className="chip-name">{c.name}</span>
                      </span>
                    ))}
                  </td>
                  <td className="col-countries">{r.countries}</td>
                  <td className={`col-status status-${r.status}`}>{r.statusText}</td>
                  <td className="col-year">{r.yearText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

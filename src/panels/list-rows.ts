// The rows of the list view: one per shown record, in the reader's language, and how they sort.
import type { AtlasIndex, RecordType } from '../data/indexes';
import { STATUSES, type Status } from '../data/vocab';
import { summarise } from '../export/records';
import { countryName } from '../i18n/countries';
import type { Lang } from '../i18n';
import { yearLabel } from './list-labels';
import { kindText, recordName, statusText } from './record-text';

export const SORT_KEYS = ['name', 'kind', 'corridors', 'countries', 'status', 'year'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface ListRow {
  id: string;
  type: RecordType;
  name: string;
  kind: string;
  corridors: { id: string; name: string; colour: string }[];
  countries: string;
  status: Status;
  statusText: string;
  year?: number;
  yearText: string;
}

export function listRows(index: AtlasIndex, shown: ReadonlyMap<string, Status>, lang: Lang): ListRow[] {
  const rows: ListRow[] = [];
  for (const [id, status] of shown) {
    const record = index.byId.get(id);
    const r = summarise(index, id, status);
    if (!r || !record) continue;
    rows.push({
      id,
      type: r.type,
      name: recordName(index, record, lang),
      kind: kindText(record, lang, status),
      corridors: r.corridors.flatMap((c) => {
        const rec = index.byId.get(c);
        return rec?.type === 'corridor' ? [{ id: c, name: rec.props.names[lang], colour: rec.props.colour }] : [];
      }),
      countries: r.countries.map((c) => countryName(c, lang)).join(', '),
      status,
      statusText: statusText(status, lang),
      year: r.year,
      yearText: yearLabel(r, lang),
    });
  }
  return rows;
}

/** Rows in the order asked for; ties fall back to the name. Rows without a year go last either way. */
export function sortRows(rows: readonly ListRow[], sort: Sort, lang: Lang): ListRow[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byName = (a: ListRow, b: ListRow) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const compare = (a: ListRow, b: ListRow): number => {
    switch (sort.key) {
      case 'name':
        return 0;
      case 'kind':
        return collator.compare(a.kind, b.kind);
      case 'corridors':
        return collator.compare(a.corridors.map((c) => c.name).join(), b.corridors.map((c) => c.name).join());
      case 'countries':
        return collator.compare(a.countries, b.countries);
      case 'status':
        return STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status);
      case 'year':
        return (a.year ?? 0) - (b.year ?? 0);
    }
  };
  return [...rows].sort((a, b) => {
    if (sort.key === 'year' && (a.year === undefined) !== (b.year === undefined)) return a.year === undefined ? 1 : -1;
    return sign * (compare(a, b) || byName(a, b));
  });
}

/** Header press: the same column flips direction, a new column starts ascending. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}

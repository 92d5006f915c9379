// URL fields of the explore view: sel=<id>, corridors=, modes=, status=, countries= (comma lists), year= and
// since= (the year it is compared with).
// An absent list key means "no restriction"; a present but empty one means "none of these".
// Ids are checked here for shape only; whether they exist is known once the data loads (see known-ids.ts).
import { MODES, STATUSES } from '../data/vocab';
import { NO_FILTERS, YEAR_MAX, YEAR_MIN, type Filters, type ListFilter } from './filters-slice';
import { parseNumber, type UrlField } from './url';

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const ISO3 = /^[A-Z]{3}$/;

const LIST_KEYS: Record<ListFilter, { key: string; valid: (v: string) => boolean }> = {
  corridors: { key: 'corridors', valid: (v) => ID.test(v) },
  modes: { key: 'modes', valid: (v) => (MODES as readonly string[]).includes(v) },
  statuses: { key: 'status', valid: (v) => (STATUSES as readonly string[]).includes(v) },
  countries: { key: 'countries', valid: (v) => ISO3.test(v) },
};

/** A comma list where every item is valid, without repeats; null when malformed. */
export function readList(value: string, valid: (v: string) => boolean): string[] | null {
  if (value === '') return [];
  const items = value.split(',');
  if (!items.every(valid)) return null;
  return [...new Set(items)];
}

export function readYear(value: string): number | null {
  const n = parseNumber(value, YEAR_MIN, YEAR_MAX);
  return n !== null && Number.isInteger(n) ? n : null;
}

/**
 * All filters from the whole query. Every filter key's codec returns this same object, because the URL codec
 * merges patches key by key and `filters` is one value; a malformed key counts as absent here (and is dropped
 * with a notice by its own codec).
 */
function readFilters(all: URLSearchParams): Filters {
  const f: { -readonly [K in keyof Filters]: Filters[K] } = { ...NO_FILTERS };
  for (const [name, { key, valid }] of Object.entries(LIST_KEYS) as [ListFilter, (typeof LIST_KEYS)[ListFilter]][]) {
    const raw = all.get(key);
    if (raw !== null) (f as Record<ListFilter, readonly string[] | null>)[name] = readList(raw, valid);
  }
  const year = all.get('year');
  f.year = year === null ? null : readYear(year);
  return f;
}

function listField(name: ListFilter): UrlField {
  const { key, valid } = LIST_KEYS[name];
  return {
    key,
    read: (v, all) => (readList(v, valid) === null ? null : { filters: readFilters(all) }),
    write: (s) => s.filters[name]?.join(','),
    // A legend click is a step the reader may want to undo with Back.
    history: 'push',
    absent: () => ({ filters: NO_FILTERS }),
  };
}

const year: UrlField = {
  key: 'year',
  read: (v, all) => (readYear(v) === null ? null : { filters: readFilters(all) }),
  write: (s) => (s.filters.year === null ? undefined : String(s.filters.year)),
  // Dragging the slider passes many years; one history entry per drag step would bury Back.
  history: 'replace',
  absent: () => ({ filters: NO_FILTERS }),
};

const since: UrlField = {
  key: 'since',
  read: (v) => {
    const from = readYear(v);
    return from === null ? null : { compareFrom: from };
  },
  write: (s) => (s.compareFrom === null || s.filters.year === null ? undefined : String(s.compareFrom)),
  history: 'replace',
  absent: () => ({ compareFrom: null }),
};

const selection: UrlField = {
  key: 'sel',
  // A shared link to a record opens the panel, so a phone shows its details too.
  read: (v) => (ID.test(v) ? { selected: v, panelOpen: true } : null),
  write: (s) => s.selected ?? undefined,
  history: 'push',
  absent: () => ({ selected: null }),
};

export const EXPLORE_URL_FIELDS: UrlField[] = [
  selection,
  listField('corridors'),
  listField('modes'),
  listField('statuses'),
  listField('countries'),
  year,
  since,
];

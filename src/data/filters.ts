// What the reader asked to see: corridors, modes, statuses, countries and a year.
// Each list is either null ("no restriction": everything passes) or the exact set of values shown, which may be
// empty ("nothing of this kind"). Keeping "all" apart from "these" lets a legend hide its last entry honestly.
import type { Mode, Status } from './schema';

export interface Filters {
  corridors: readonly string[] | null;
  modes: readonly Mode[] | null;
  statuses: readonly Status[] | null;
  countries: readonly string[] | null;
  /** The network as it was, or is planned to be, at the end of this year; null shows every record. */
  year: number | null;
}

export type ListFilter = Exclude<keyof Filters, 'year'>;

/** The span of the year control. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2035;
/** The year the data describes as "now". */
export const DATA_YEAR = 2025;

export const NO_FILTERS: Filters = { corridors: null, modes: null, statuses: null, countries: null, year: null };

/** Whether `value` passes a list filter. */
export function shows(list: readonly string[] | null, value: string): boolean {
  return list === null || list.includes(value);
}

/**
 * The list after showing or hiding `values` as a group: hidden if all of them were shown, shown otherwise.
 * A list that comes to cover the whole universe becomes null again, so the link stays short.
 */
export function toggledList(
  list: readonly string[] | null,
  values: readonly string[],
  universe: readonly string[],
): readonly string[] | null {
  const current = list ?? universe;
  const allShown = values.every((v) => current.includes(v));
  const next = allShown
    ? current.filter((v) => !values.includes(v))
    : [...current, ...values.filter((v) => !current.includes(v))];
  const covers = universe.every((v) => next.includes(v));
  return covers ? null : universe.filter((v) => next.includes(v)).concat(next.filter((v) => !universe.includes(v)));
}

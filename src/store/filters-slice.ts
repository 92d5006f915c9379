// What the reader asked to see: corridors, modes, statuses, countries and a year.
// Each list is either null ("no restriction": everything passes) or the exact set of values shown, which may be
// empty ("nothing of this kind"). Keeping "all" apart from "these" lets a legend hide its last entry honestly.
import type { StateCreator } from 'zustand';
import type { Mode, Status } from '../data/schema';
import type { AppState } from './index';

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

export interface FiltersSlice {
  filters: Filters;
  /** Shows or hides one value; `universe` is every value the control offers (for the move away from "all"). */
  toggleFilter: <K extends ListFilter>(key: K, value: string, universe: readonly string[]) => void;
  /** Shows or hides several values together (a corridor with its branches). */
  toggleFilterGroup: <K extends ListFilter>(key: K, values: readonly string[], universe: readonly string[]) => void;
  setFilter: <K extends ListFilter>(key: K, values: readonly string[] | null) => void;
  setYear: (year: number | null) => void;
  resetFilters: () => void;
}

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

export const createFiltersSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  FiltersSlice
> = (set) => ({
  filters: NO_FILTERS,
  toggleFilter: (key, value, universe) =>
    set((s) => ({ filters: { ...s.filters, [key]: toggledList(s.filters[key], [value], universe) } })),
  toggleFilterGroup: (key, values, universe) =>
    set((s) => ({ filters: { ...s.filters, [key]: toggledList(s.filters[key], values, universe) } })),
  setFilter: (key, values) => set((s) => ({ filters: { ...s.filters, [key]: values } })),
  setYear: (year) => set((s) => ({ filters: { ...s.filters, year } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
});

// The filters as store state; their shape and the pure list arithmetic live in data/filters.ts.
import type { StateCreator } from 'zustand';
import { NO_FILTERS, toggledList, type Filters, type ListFilter } from '../data/filters';
import type { AppState } from './index';

export {
  DATA_YEAR,
  NO_FILTERS,
  shows,
  toggledList,
  YEAR_MAX,
  YEAR_MIN,
  type Filters,
  type ListFilter,
} from '../data/filters';

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

// Comparing two years: the earlier year the year control is compared with (null when not comparing).
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface YearsSlice {
  /** The year the network of `filters.year` is compared with; null when no comparison is asked for. */
  compareFrom: number | null;
  setCompareFrom: (year: number | null) => void;
}

export const createYearsSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], YearsSlice> = (
  set,
) => ({
  compareFrom: null,
  setCompareFrom: (compareFrom) => set({ compareFrom }),
});

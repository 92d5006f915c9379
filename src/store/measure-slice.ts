// The measure tool: while it is on, clicks on the map set two points instead of selecting records.
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export type LonLat = [number, number];

export interface MeasureSlice {
  measuring: boolean;
  /** The points clicked, at most two; a third click starts a new measurement. */
  measurePoints: LonLat[];
  setMeasuring: (on: boolean) => void;
  addMeasurePoint: (p: LonLat) => void;
}

export const createMeasureSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  MeasureSlice
> = (set) => ({
  measuring: false,
  measurePoints: [],
  setMeasuring: (measuring) => set({ measuring, measurePoints: [] }),
  addMeasurePoint: (p) => set((s) => ({ measurePoints: s.measurePoints.length >= 2 ? [p] : [...s.measurePoints, p] })),
});

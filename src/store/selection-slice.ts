// The record the reader chose (shown in the details panel, highlighted on the map) and the one under the pointer.
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface Hover {
  id: string;
  /** Pointer position in map-container pixels, where the tooltip goes. */
  x: number;
  y: number;
}

export interface SelectionSlice {
  /** Id of the selected corridor, segment, node or project; null when nothing is selected. */
  selected: string | null;
  hovered: Hover | null;
  /** Selecting opens the panel, so the details are seen on a phone too. */
  select: (id: string | null) => void;
  hover: (hover: Hover | null) => void;
}

export const createSelectionSlice: StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  SelectionSlice
> = (set) => ({
  selected: null,
  hovered: null,
  select: (id) => set(id === null ? { selected: null } : { selected: id, panelOpen: true }),
  hover: (hovered) =>
    set((s) =>
      // Pointer moves over the same feature only move the tooltip; nothing moves when nothing is hovered.
      hovered === null && s.hovered === null ? s : { hovered },
    ),
});

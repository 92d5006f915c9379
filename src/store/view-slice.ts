// Which view the side panel shows: the details of the selected record, the list of everything shown, or the
// route planner.
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export const PANEL_VIEWS = ['details', 'list', 'route'] as const;
export type PanelView = (typeof PANEL_VIEWS)[number];

export interface ViewSlice {
  panelView: PanelView;
  /** Choosing a view opens the panel: on a phone the sheet would otherwise stay closed. */
  setPanelView: (view: PanelView) => void;
}

export const createViewSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], ViewSlice> = (
  set,
) => ({
  panelView: 'details',
  setPanelView: (panelView) => set({ panelView, panelOpen: true }),
});

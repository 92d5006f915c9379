// One store, one slice per concern. Components read narrow selectors; cross-slice changes happen in one set().
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { detectLang } from '../i18n';
import { createCameraSlice, type CameraSlice } from './camera-slice';
import { createEditorSlice, type EditorSlice } from './editor-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createRouteSlice, type RouteSlice } from './route-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createStorySlice, type StorySlice } from './story-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createYearsSlice, type YearsSlice } from './years-slice';
import { createMeasureSlice, type MeasureSlice } from './measure-slice';

export type AppState = UiSlice &
  CameraSlice &
  FiltersSlice &
  SelectionSlice &
  ViewSlice &
  StorySlice &
  RouteSlice &
  EditorSlice &
  YearsSlice &
  MeasureSlice;

const browserLangs = typeof navigator === 'undefined' ? [] : navigator.languages;

export const useAppStore = create<AppState>()(
  subscribeWithSelector((...a) => ({
    ...createUiSlice(detectLang(browserLangs))(...a),
    ...createCameraSlice(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createStorySlice(...a),
    ...createRouteSlice(...a),
    ...createEditorSlice(...a),
    ...createYearsSlice(...a),
    ...createMeasureSlice(...a),
  })),
);

const initialState = useAppStore.getState();

/** Back to the first state, for tests. */
export function resetAppStore(): void {
  useAppStore.setState(initialState, true);
}

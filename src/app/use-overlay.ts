// The atlas layers for the current state, as data for <MapView overlay>, and what hover and click on them do.
import { useMemo } from 'react';
import { atlasTheme } from '../layers/atlas-theme';
import { atlasLayers, atlasSources, INTERACTIVE_LAYERS } from '../layers/overlay';
import { overlayData } from '../layers/overlay-data';
import type { MapPick } from '../map/MapView';
import { EMPTY_OVERLAY, type Overlay } from '../map/style';
import { useAppStore } from '../store';
import { useAtlasIndex } from '../data/use-atlas-index';
import { useYearChanges } from '../panels/use-year-changes';
import { useFeed, withFeeds } from './overlay-feeds';

export function useOverlay(): Overlay {
  const index = useAtlasIndex();
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => s.selected);
  const lang = useAppStore((s) => s.lang);
  const changes = useYearChanges();
  // The GeoJSON changes only with the filters and the years compared; selection and language change layer
  // properties alone.
  const data = useMemo(
    () => (index ? overlayData(index, filters, atlasTheme, new Set(changes.map((c) => c.id))) : null),
    [index, filters, changes],
  );
  // Layers and sources apart, so a filter click hands MapView the same layer objects and it can send the new data
  // alone (see dataChanges).
  const layers = useMemo(() => atlasLayers(atlasTheme, selected, lang), [selected, lang]);
  const sources = useMemo(() => (data ? atlasSources(data, lang) : null), [data, lang]);
  const atlas = useMemo(() => (sources ? ({ sources, layers } as Overlay) : EMPTY_OVERLAY), [sources, layers]);
  const route = useFeed('route');
  const story = useFeed('story');
  const measure = useFeed('measure');
  return useMemo(() => withFeeds(atlas, route, story, measure), [atlas, route, story, measure]);
}

export const interactiveLayerIds = [...INTERACTIVE_LAYERS];

const pickedId = (pick: MapPick | null): string | null =>
  typeof pick?.properties.id === 'string' ? pick.properties.id : null;

/**
 * A click on a feature selects its record; a click on empty map clears the selection. While the measure tool is
 * on, a click sets a measuring point instead.
 */
export function pickOnMap(pick: MapPick | null, at?: [number, number]): void {
  const s = useAppStore.getState();
  if (s.measuring && at) return s.addMeasurePoint(at);
  s.select(pickedId(pick));
}

export function hoverOnMap(pick: MapPick | null, point: { x: number; y: number }): void {
  const id = pickedId(pick);
  useAppStore.getState().hover(id ? { id, x: point.x, y: point.y } : null);
}

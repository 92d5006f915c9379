// The atlas layers for the current state, as data for <MapView overlay>, and what hover and click on them do.
import { useMemo } from 'react';
import { atlasTheme } from '../layers/atlas-theme';
import { atlasOverlay, INTERACTIVE_LAYERS } from '../layers/overlay';
import { overlayData } from '../layers/overlay-data';
import type { MapPick } from '../map/MapView';
import { EMPTY_OVERLAY, type Overlay } from '../map/style';
import { useAppStore } from '../store';
import { useAtlasIndex } from '../data/use-atlas-index';
import { useFeed, withFeeds } from './overlay-feeds';

export function useOverlay(): Overlay {
  const index = useAtlasIndex();
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => s.selected);
  const lang = useAppStore((s) => s.lang);
  // The GeoJSON changes only with the filters; selection and language change layer properties alone.
  const data = useMemo(() => (index ? overlayData(index, filters, atlasTheme) : null), [index, filters]);
  const atlas = useMemo(
    () => (data ? (atlasOverlay({ theme: atlasTheme, data, selected, lang }) as Overlay) : EMPTY_OVERLAY),
    [data, selected, lang],
  );
  const route = useFeed('route');
  const story = useFeed('story');
  return useMemo(() => withFeeds(atlas, route, story), [atlas, route, story]);
}

export const interactiveLayerIds = [...INTERACTIVE_LAYERS];

const pickedId = (pick: MapPick | null): string | null =>
  typeof pick?.properties.id === 'string' ? pick.properties.id : null;

/** A click on a feature selects its record; a click on empty map clears the selection. */
export function pickOnMap(pick: MapPick | null): void {
  useAppStore.getState().select(pickedId(pick));
}

export function hoverOnMap(pick: MapPick | null, point: { x: number; y: number }): void {
  const id = pickedId(pick);
  useAppStore.getState().hover(id ? { id, x: point.x, y: point.y } : null);
}

// Adds the open story's layers on top of the atlas overlay. The story's sources stay the same from scene to scene;
// only filters and the drawn line's colour change, so MapLibre's style diff turns a step into a few setFilter calls.
import { useMemo } from 'react';
import type { Overlay } from '../map/style';
import { useAppStore } from '../store';
import { storyFeatures, storyOverlay } from './overlay';
import { preparedStory } from './session';

export function withStoryLayers(base: Overlay, story: Overlay | null): Overlay {
  if (!story) return base;
  return { sources: { ...base.sources, ...story.sources }, layers: [...base.layers, ...story.layers] };
}

export function useWithStoryLayers(base: Overlay): Overlay {
  // storyApplied names the scene on the map and changes only once the story is prepared.
  const applied = useAppStore((s) => s.storyApplied);
  const prefetched = useAppStore((s) => s.storyPrefetched);
  return useMemo(() => {
    if (!applied) return base;
    const cut = applied.lastIndexOf('#');
    const prepared = preparedStory(applied.slice(0, cut));
    if (!prepared) return base;
    const features = storyFeatures(prepared, prepared.routeLines);
    const overlay = storyOverlay(features, Number(applied.slice(cut + 1)));
    return withStoryLayers(base, overlay);
    // `prefetched` marks new route lines in the prepared story, which is held outside the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base, applied, prefetched]);
}

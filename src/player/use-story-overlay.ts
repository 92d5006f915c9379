// Adds the open story's layers on top of the atlas overlay. The story's sources stay the same from scene to scene;
// only filters and the drawn line's colour change, so MapLibre's style diff turns a step into a few setFilter calls.
import { useMemo } from 'react';
import { ROUTE_LAYERS } from '../layers/route-style';
import type { Overlay } from '../map/style';
import { useAppStore } from '../store';
import { storyFeatures, storyOverlay } from '../story/overlay';

/** The planner's own lines of the route; its markers (gauge breaks, borders, stops) stay. */
const PLANNER_LINES: ReadonlySet<string> = new Set([ROUTE_LAYERS.casing, ROUTE_LAYERS.legs]);

/**
 * The story's layers over `base`. While a scene draws its route, the planner's finished route lines are left out:
 * the story draws that route progressively itself (exploring brings the planner's lines back).
 */
export function withStoryLayers(base: Overlay, story: Overlay | null, drawsRoute = false): Overlay {
  if (!story) return base;
  const layers = drawsRoute ? base.layers.filter((l) => !PLANNER_LINES.has(l.id)) : base.layers;
  return { sources: { ...base.sources, ...story.sources }, layers: [...layers, ...story.layers] };
}

export function useWithStoryLayers(base: Overlay): Overlay {
  // storyApplied names the scene on the map and changes only once the story is prepared.
  const applied = useAppStore((s) => s.storyApplied);
  const preparedStories = useAppStore((s) => s.storyPrepared);
  const exploring = useAppStore((s) => s.storyExploring);
  return useMemo(() => {
    if (!applied) return base;
    const cut = applied.lastIndexOf('#');
    const prepared = preparedStories[applied.slice(0, cut)];
    if (!prepared) return base;
    const scene = Number(applied.slice(cut + 1));
    const features = storyFeatures(prepared, prepared.routeLines);
    const drawsRoute = prepared.patches[scene]?.draw === 'route' && !exploring;
    return withStoryLayers(base, storyOverlay(features, scene) as Overlay, drawsRoute);
  }, [base, applied, preparedStories, exploring]);
}

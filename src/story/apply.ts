// A scene's patch as one store update: camera intent, filters, selection and the story position together, so the
// URL gets one history entry per scene and back/forward land on whole scenes.
import type { AppState } from '../store';
import { EMPTY_PLAN, planFromQuery } from '../store/route-slice';
import { framed, storyViewport } from './frame';
import { prepareRoutes, preparedStory } from './session';

/** Layers the map draws progressively when a scene opens (see overlay.ts). */
export const DRAW_LAYER_IDS = ['story-draw'] as const;

export const sceneKey = (id: string, scene: number): string => `${id}#${scene}`;

/**
 * The state of scene `scene` of story `id`, or only the position when the story is not prepared yet (the player
 * applies the rest once story and data have loaded). `seq` numbers the camera intent and the drawing.
 */
export function sceneState(id: string, scene: number, seq: number, instant = false): Partial<AppState> {
  const ready = preparedStory(id);
  const patch = ready?.patches[Math.max(0, Math.min(scene, ready.patches.length - 1))];
  if (!ready || !patch) return { story: { id, scene }, storyApplied: null };
  const at = ready.patches.indexOf(patch);
  // Usually prefetched while the previous scene was read; planned here when the audience jumps ahead.
  prepareRoutes(ready, [at]);
  return {
    story: { id, scene: at },
    storyApplied: sceneKey(id, at),
    storyExploring: false,
    cameraIntent: { ...framed(patch.camera, storyViewport()), instant, seq },
    filters: patch.filters,
    selected: patch.selected,
    // The scene's route goes to the route plan, the one place a plan lives, so the planner shows it too.
    routePlan: patch.route ? planFromQuery(patch.route) : EMPTY_PLAN,
    lineDraw: patch.draw ? { layerIds: DRAW_LAYER_IDS, seq } : null,
  };
}

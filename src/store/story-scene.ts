// A scene's patch as one store update: camera intent, filters, selection and the story position together, so the
// URL gets one history entry per scene and back/forward land on whole scenes.
import { storySession } from './story-session';
import type { AppState } from './index';
import { EMPTY_PLAN, planFromQuery } from './route-slice';

/** Layers the map draws progressively when a scene opens (see story/overlay.ts). */
export const DRAW_LAYER_IDS = ['story-draw'] as const;

export const sceneKey = (id: string, scene: number): string => `${id}#${scene}`;

/**
 * The state of scene `scene` of story `id`, or only the position when the story is not prepared yet (the player
 * applies the rest once story and data have loaded). `seq` numbers the camera intent and the drawing.
 */
export function sceneState(
  s: Pick<AppState, 'storyPrepared' | 'storyViewport'>,
  id: string,
  scene: number,
  seq: number,
  instant = false,
): Partial<AppState> {
  const ready = s.storyPrepared[id];
  const at = ready ? Math.max(0, Math.min(scene, ready.patches.length - 1)) : 0;
  const patch = ready?.patches[at];
  if (!ready || !patch) return { story: { id, scene }, storyApplied: null };
  // Usually prefetched while the previous scene was read; planned here when the audience jumps ahead.
  const planned = storySession().withRoutes(ready, [at]);
  return {
    story: { id, scene: at },
    storyApplied: sceneKey(id, at),
    storyExploring: false,
    ...(planned !== ready && { storyPrepared: { ...s.storyPrepared, [id]: planned } }),
    cameraIntent: { ...storySession().framed(patch.camera, s.storyViewport), instant, seq },
    filters: patch.filters,
    selected: patch.selected,
    // The scene's route goes to the route plan, the one place a plan lives, so the planner shows it too.
    routePlan: patch.route ? planFromQuery(patch.route) : EMPTY_PLAN,
    lineDraw: patch.draw ? { layerIds: DRAW_LAYER_IDS, seq } : null,
  };
}

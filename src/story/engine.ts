// The story engine: pure functions from a scene to the app state it means, from a position in a story to its
// link, and from the current scene to the scenes worth preparing next. No React, no map, no store.
import type { RouteQuery } from '../routing/types';
import { HOME_CAMERA, type CameraIntent } from '../data/camera';
import type { Filters } from '../data/filters';
import { boundsOf, type StoryIndex } from './geometry';
import type { Scene, SceneCamera, Story } from './schema';

/** The part of the app state a scene sets. Every field is set, so a scene never inherits its predecessor's state. */
export interface ScenePatch {
  camera: CameraIntent;
  filters: Filters;
  selected: string | null;
  highlight: readonly string[];
  route: RouteQuery | null;
  /** Lines to draw progressively when the scene opens. */
  draw: readonly string[] | 'route' | null;
}

/** Closest zoom for `fit` when the scene gives none: a crossing framed alone should still show its region. */
export const FIT_MAX_ZOOM = 7;

export function cameraIntent(camera: SceneCamera, index: StoryIndex): CameraIntent {
  if (camera.fit) {
    const bounds = boundsOf(camera.fit, index);
    if (bounds) return { kind: 'fit', bounds, maxZoom: camera.maxZoom ?? FIT_MAX_ZOOM };
    return { kind: 'fly', camera: HOME_CAMERA };
  }
  return {
    kind: 'fly',
    camera: {
      center: camera.center ?? HOME_CAMERA.center,
      zoom: camera.zoom ?? HOME_CAMERA.zoom,
      bearing: camera.bearing ?? 0,
      pitch: camera.pitch ?? 0,
    },
  };
}

export function scenePatch(scene: Scene, index: StoryIndex): ScenePatch {
  const f = scene.filters ?? {};
  const r = scene.route;
  return {
    camera: cameraIntent(scene.camera, index),
    filters: {
      // A corridor named in a scene shows with its branches, as the legend shows a corridor group.
      corridors: f.corridors ? [...new Set(f.corridors.flatMap((id) => index.corridorFamily.get(id) ?? [id]))] : null,
      modes: f.modes ?? null,
      statuses: f.statuses ?? null,
      countries: f.countries ?? null,
      year: scene.year ?? null,
    },
    selected: scene.selection ?? null,
    highlight: scene.highlight ?? [],
    route: r
      ? {
          from: r.from,
          to: r.to,
          via: r.via,
          avoid: r.avoid,
          includePlanned: r.includePlanned,
          month: r.month,
        }
      : null,
    draw: scene.draw ?? null,
  };
}

/** The link of a scene; `scene` counts from 0 in code and from 1 in the link, as the audience counts. */
export function sceneSearch(storyId: string, scene: number, lang?: string): string {
  const params = new URLSearchParams();
  if (lang) params.set('lang', lang);
  params.set('story', storyId);
  params.set('scene', String(scene + 1));
  return `?${params.toString()}`;
}

/** A scene number kept inside the story. */
export function clampScene(scene: number, story: Pick<Story, 'scenes'>): number {
  return Math.max(0, Math.min(story.scenes.length - 1, Math.trunc(scene)));
}

/** The scenes to prepare while the audience reads this one: the next first (the likely step), then the previous. */
export function prefetchList(scene: number, count: number): number[] {
  return [scene + 1, scene - 1].filter((i) => i >= 0 && i < count);
}

export { stepScene, type StepAction } from './step';

// A story being written in the app: a scene captured from the map's state, and the edits an author makes to the
// list of scenes. Pure: every function returns a new story and leaves its argument as it was, so the editor can
// keep the earlier versions for undo.
import type { Camera } from '../data/camera';
import type { Filters } from '../data/filters';
import type { Lang } from '../data/schema';
import type { Scene, SceneRoute, Story, StoryText } from './schema';

export const LANGS: readonly Lang[] = ['zh', 'en', 'ru'];
const EMPTY_TEXT: StoryText = { zh: '', en: '', ru: '' };
const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** What the map shows now, as the store holds it; the planner's ends may be typed names rather than ids. */
export interface MapView {
  camera: Camera;
  filters: Filters;
  selected: string | null;
  route: {
    from: string;
    to: string;
    via: readonly string[];
    avoid: readonly string[];
    includePlanned: boolean;
    month: number | null;
  } | null;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** The scene's route when the plan names places by id (a scene file holds ids only). */
function sceneRoute(route: MapView['route']): SceneRoute | undefined {
  if (!route || !ID.test(route.from) || !ID.test(route.to) || !route.via.every((v) => ID.test(v))) return undefined;
  return {
    from: route.from,
    to: route.to,
    ...(route.via.length && { via: [...route.via] }),
    ...(route.avoid.length && { avoid: [...route.avoid] }),
    ...(route.includePlanned && { includePlanned: true }),
    ...(route.month !== null && { month: route.month }),
  };
}

/**
 * The map's state as a scene: camera, filters, year, selection and route. Texts, sources and highlights come from
 * `keep` (a re-capture keeps what the author wrote); `draw` turns progressive drawing on for the route, or for the
 * corridors shown when there is no route.
 */
export function captureScene(view: MapView, id: string, keep?: Scene, draw = keep?.draw !== undefined): Scene {
  const { camera: c, filters: f } = view;
  const route = sceneRoute(view.route);
  const filters = {
    ...(f.corridors && { corridors: [...f.corridors] }),
    ...(f.modes && { modes: [...f.modes] }),
    ...(f.statuses && { statuses: [...f.statuses] }),
    ...(f.countries && { countries: [...f.countries] }),
  };
  const drawn = route ? 'route' : f.corridors?.length ? [...f.corridors] : undefined;
  return {
    id,
    camera: {
      center: [round(c.center[0], 4), round(c.center[1], 4)],
      zoom: round(c.zoom, 2),
      ...(Math.abs(c.bearing) > 0.5 && { bearing: round(c.bearing, 1) }),
      ...(Math.abs(c.pitch) > 0.5 && { pitch: round(c.pitch, 1) }),
    },
    ...(Object.keys(filters).length && { filters }),
    ...(f.year !== null && { year: f.year }),
    ...(view.selected && { selection: view.selected }),
    ...(keep?.highlight?.length && { highlight: keep.highlight }),
    ...(route && { route }),
    ...(draw && drawn && { draw: drawn }),
    caption: keep?.caption ?? EMPTY_TEXT,
    notes: keep?.notes ?? EMPTY_TEXT,
    sources: keep?.sources ?? [],
  };
}

/** A scene id not used in the story yet: scene-1, scene-2, … */
export function freeSceneId(story: Story): string {
  const used = new Set(story.scenes.map((s) => s.id));
  for (let n = story.scenes.length + 1; ; n++) if (!used.has(`scene-${n}`)) return `scene-${n}`;
}

/** A new story's id: "my-" and the time it was started, in base 36. */
export const newStoryId = (now: number): string => `my-${now.toString(36)}`;

export function emptyStory(id: string): Story {
  return { id, title: EMPTY_TEXT, summary: EMPTY_TEXT, scenes: [] };
}

/** A built-in story as the author's own copy, under a new id. */
export function copyOf(story: Story, id: string): Story {
  return { ...story, id, cover: undefined, scenes: story.scenes.map((s) => ({ ...s })) };
}

export function replaceScene(story: Story, at: number, scene: Scene): Story {
  return { ...story, scenes: story.scenes.map((s, i) => (i === at ? scene : s)) };
}

export function insertScene(story: Story, at: number, scene: Scene): Story {
  const scenes = [...story.scenes];
  scenes.splice(at, 0, scene);
  return { ...story, scenes };
}

export function removeScene(story: Story, at: number): Story {
  return { ...story, scenes: story.scenes.filter((_, i) => i !== at) };
}

/** The scene at `from` moved to `to` (both kept inside the list). */
export function moveScene(story: Story, from: number, to: number): Story {
  const target = Math.max(0, Math.min(story.scenes.length - 1, to));
  const scene = story.scenes[from];
  if (!scene || target === from) return story;
  return insertScene(removeScene(story, from), target, scene);
}

export function duplicateScene(story: Story, at: number): Story {
  const scene = story.scenes[at];
  return scene ? insertScene(story, at + 1, { ...scene, id: freeSceneId(story) }) : story;
}

/** The languages a text lacks, so the editor can mark them. */
export const missingLangs = (text: StoryText): Lang[] => LANGS.filter((l) => !text[l].trim());

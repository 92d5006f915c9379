// Stories made ready to play: parsed, with every scene's state computed against the loaded data, so a step to the
// next scene is one synchronous store update. Route lines need the planner (tens of milliseconds each), so they
// are computed for the scene on screen and, in idle time, for its neighbours (engine.prefetchList). Held outside
// the store: the store keeps only the position in the story.
import type { Position } from 'geojson';
import type { Dataset } from '../data/schema';
import { buildNetwork, planRoutes, type Network } from '../routing';
import { prefetchList, scenePatch, type ScenePatch } from './engine';
import { buildStoryIndex, pathLine, type StoryIndex } from './geometry';
import type { Story } from './schema';

export interface PreparedStory {
  story: Story;
  index: StoryIndex;
  patches: ScenePatch[];
  /** Planner lines of the scenes that draw their route, replaced (never mutated) as scenes are prepared. */
  routeLines: ReadonlyMap<number, Position[][]>;
}

const prepared = new Map<string, PreparedStory>();
let built: { data: Dataset; index: StoryIndex; network?: Network } | null = null;

function forData(data: Dataset) {
  if (built?.data !== data) built = { data, index: buildStoryIndex(data) };
  return built;
}

export function prepareStory(story: Story, data: Dataset): PreparedStory {
  const { index } = forData(data);
  const done = prepared.get(story.id);
  if (done && done.story === story && done.index === index) return done;
  const next = { story, index, patches: story.scenes.map((s) => scenePatch(s, index)), routeLines: new Map() };
  prepared.set(story.id, next);
  return next;
}

export const preparedStory = (id: string): PreparedStory | undefined => prepared.get(id);

function planLines(patch: ScenePatch | undefined, index: StoryIndex): Position[][] {
  if (!patch?.route || patch.draw !== 'route' || !built) return [];
  try {
    built.network ??= buildNetwork(built.data);
    const result = planRoutes(built.network, { ...patch.route, alternatives: 0 });
    return result.ok && result.routes[0] ? [pathLine(result.routes[0].legs, index)] : [];
  } catch (err) {
    // A planner failure costs the scene its drawn route, not the whole story.
    console.warn('story route could not be planned', err);
    return [];
  }
}

/** Plans the route lines of these scenes that lack them; true when there is something new to draw. */
export function prepareRoutes(p: PreparedStory, scenes: readonly number[]): boolean {
  const missing = scenes.filter((i) => p.patches[i]?.draw === 'route' && !p.routeLines.has(i));
  if (!missing.length) return false;
  const next = new Map(p.routeLines);
  for (const i of missing) next.set(i, planLines(p.patches[i], p.index));
  p.routeLines = next;
  return true;
}

/** The scene on screen now, its neighbours later. */
export const prefetchScenes = (p: PreparedStory, scene: number): boolean =>
  prepareRoutes(p, prefetchList(scene, p.patches.length));

/** Forget everything, for tests. */
export function clearPreparedStories(): void {
  prepared.clear();
  built = null;
}

// Stories made ready to play: parsed, with every scene's state computed against the loaded data, so a step to the
// next scene is one synchronous store update. Route lines need the planner (tens of milliseconds each), so they
// are computed for the scene on screen and, in idle time, for its neighbours (engine.prefetchList). Pure: the store
// keeps the prepared stories; the only module-level values are caches keyed by the loaded data.
import type { Position } from 'geojson';
import type { Dataset } from '../data/schema';
import { buildNetwork, planRoutes, type Network } from '../routing';
import { prefetchList, scenePatch, type ScenePatch } from './engine';
import { buildStoryIndex, pathLine, type StoryIndex } from './geometry';
import type { Story } from './schema';

export interface PreparedStory {
  story: Story;
  data: Dataset;
  index: StoryIndex;
  patches: ScenePatch[];
  /** Planner lines of the scenes that draw their route; a prepared story is replaced, never changed. */
  routeLines: ReadonlyMap<number, Position[][]>;
}

const indexes = new WeakMap<Dataset, StoryIndex>();
const networks = new WeakMap<Dataset, Network>();

export function storyIndexFor(data: Dataset): StoryIndex {
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = buildStoryIndex(data)));
  return index;
}

function networkFor(data: Dataset): Network {
  let network = networks.get(data);
  if (!network) networks.set(data, (network = buildNetwork(data)));
  return network;
}

/** The story with every scene's state; `done` is returned as it is when it already is that story on that data. */
export function prepareStory(story: Story, data: Dataset, done?: PreparedStory): PreparedStory {
  const index = storyIndexFor(data);
  if (done && done.story === story && done.index === index) return done;
  return { story, data, index, patches: story.scenes.map((s) => scenePatch(s, index)), routeLines: new Map() };
}

function planLines(p: PreparedStory, patch: ScenePatch | undefined): Position[][] {
  if (!patch?.route || patch.draw !== 'route') return [];
  try {
    const result = planRoutes(networkFor(p.data), { ...patch.route, alternatives: 0 });
    return result.ok && result.routes[0] ? [pathLine(result.routes[0].legs, p.index)] : [];
  } catch (err) {
    // A planner failure costs the scene its drawn route, not the whole story.
    console.warn('story route could not be planned', err);
    return [];
  }
}

/** The story with the route lines of these scenes planned, or the same story when none was missing. */
export function withRoutes(p: PreparedStory, scenes: readonly number[]): PreparedStory {
  const missing = scenes.filter((i) => p.patches[i]?.draw === 'route' && !p.routeLines.has(i));
  if (!missing.length) return p;
  const routeLines = new Map(p.routeLines);
  for (const i of missing) routeLines.set(i, planLines(p, p.patches[i]));
  return { ...p, routeLines };
}

/** The scenes worth planning while the audience reads `scene`: its neighbours. */
export const prefetchScenes = (p: PreparedStory, scene: number): number[] => prefetchList(scene, p.patches.length);

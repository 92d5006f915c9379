// The built-in stories: every geo/stories/*.json, bundled as separate chunks and loaded when first needed.
// The ids are known at once (from the file names), so a link to a story that does not exist is refused early.
import { Story } from './schema';

const loaders = import.meta.glob<unknown>('../../geo/stories/*.json', { import: 'default' });

const byId = new Map(
  Object.entries(loaders).map(([path, load]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), load]),
);

export const STORY_IDS: readonly string[] = [...byId.keys()].sort();

export const hasStory = (id: string): boolean => byId.has(id);

const cache = new Map<string, Promise<Story>>();

/** The story, checked against the schema (the validation command has checked its ids against the data). */
export function loadStory(id: string): Promise<Story> {
  const load = byId.get(id);
  if (!load) return Promise.reject(new Error(`no story '${id}'`));
  let pending = cache.get(id);
  if (!pending) {
    pending = load().then((raw) => {
      const parsed = Story.safeParse(raw);
      if (!parsed.success)
        throw new Error(`story '${id}' does not match the story schema: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
    cache.set(id, pending);
  }
  return pending;
}

export function loadAllStories(): Promise<Story[]> {
  return Promise.all(STORY_IDS.map(loadStory));
}

// A story file from the author's disk (picker, drop or link), checked with the same rules as geo/stories. A draft
// may lack languages and sources (the editor marks both), so only those are let through; any other problem refuses
// the whole file, in words that name the scene and the field.
import type { StoryRefs } from './refs';
import { Story } from './schema';
import { validateStory } from './validate';

export type OpenedStory = { ok: true; story: Story } | { ok: false; problems: string[] };

/** What an unfinished draft may lack: a text in some language, the sources of a scene. */
const UNFINISHED = / is empty($|:)/;

export function readStory(text: string, refs: StoryRefs): OpenedStory {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`this is not JSON (${(err as Error).message})`] };
  }
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : 'story';
  // The file may have any name on the author's disk: it is checked as if it were stories/<its id>.json.
  const issues = validateStory(`stories/${id}.json`, raw, refs).filter((i) => !UNFINISHED.test(i.message));
  if (issues.length)
    return { ok: false, problems: issues.map((i) => (i.path ? `${i.message} (${i.path})` : i.message)) };
  const parsed = Story.safeParse(raw);
  return parsed.success ? { ok: true, story: parsed.data } : { ok: false, problems: ['not a story file'] };
}

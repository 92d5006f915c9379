// A story written out as a file, apart from the draft's edits (draft.ts) so the first view, which holds the store's
// editor slice, does not hold geo/'s file formatting too.
import { formatDataFile } from '../data/format';
import type { Story } from './schema';

/** The story as a file of geo/stories, in the canonical formatting of geo/ (undefined fields left out). */
export function storyFileText(story: Story): string {
  return formatDataFile(JSON.parse(JSON.stringify(story)));
}

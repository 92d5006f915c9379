// story=<id>&scene=<n> in the link. Both make history entries, so back and forward step through scenes.
// While a story is open the scene is the state: fields the scene sets (camera, filters, selection) stay out of the
// link, and reading a link (or going back) re-applies the whole scene in the same update.
import { hasStory } from './story-ids';
import { sceneState } from './story-scene';
import { parseNumber, type UrlField } from './url';

const MAX_SCENE = 999;

export const storyField: UrlField = {
  key: 'story',
  read: (value, all, current) => {
    if (!hasStory(value)) return null;
    const n = parseNumber(all.get('scene') ?? '1', 1, MAX_SCENE) ?? 1;
    const position = { story: { id: value, scene: Math.trunc(n) - 1 }, storyApplied: null };
    const scene = current ? sceneState(current, value, Math.trunc(n) - 1, 0) : position;
    return { ...scene, storyExploring: false, galleryOpen: false };
  },
  // A draft being previewed has no link of its own (it travels as a file or in the fragment).
  write: (s) => (s.story && hasStory(s.story.id) ? s.story.id : undefined),
  history: 'push',
  absent: () => ({ story: null, storyApplied: null, storyExploring: false, lineDraw: null }),
};

export const sceneField: UrlField = {
  key: 'scene',
  // Only meaningful beside a story; the story field reads the number.
  read: (value, all) => (all.has('story') && /^\d{1,3}$/.test(value) && Number(value) >= 1 ? {} : null),
  write: (s) => (s.story && hasStory(s.story.id) ? String(s.story.scene + 1) : undefined),
  history: 'push',
};

/**
 * A field the open scene decides: written only when no story is open, and in a link that opens a story, ignored
 * with a notice (the scene sets the camera, filters, selection and route; the link cannot also set them).
 */
export function yieldToStory(field: UrlField): UrlField {
  return {
    ...field,
    read: (value, all) => (hasStory(all.get('story') ?? '') ? null : field.read(value, all)),
    write: (s) => (s.story ? undefined : field.write(s)),
  };
}

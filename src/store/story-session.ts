// The story engine's heavy half (planning scene routes needs the router) is loaded with the story player, not with
// the first view; the player hands it to the store when its code arrives (app/story-parts.ts). Nothing calls it
// before: a story is prepared only by the player, the gallery or the editor.
import type { framed } from '../story/frame';
import type { prepareStory, withRoutes } from '../story/session';

export interface StorySession {
  prepareStory: typeof prepareStory;
  withRoutes: typeof withRoutes;
  /** A scene's camera fitted to the part of the map the story card leaves free. */
  framed: typeof framed;
}

let session: StorySession | null = null;

export function provideStorySession(s: StorySession): void {
  session = s;
}

export function storySession(): StorySession {
  if (!session) throw new Error('the story player is not loaded yet');
  return session;
}

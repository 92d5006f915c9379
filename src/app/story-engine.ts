// Gives the store the story engine's route planning and framing (store/story-session.ts); imported with the story
// player.
import { framed } from '../story/frame';
import { prepareStory, withRoutes } from '../story/session';
import { provideStorySession } from '../store/story-session';

provideStorySession({ prepareStory, withRoutes, framed });

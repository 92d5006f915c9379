// Gives the store the story engine's route planning (store/story-session.ts); imported with the story player.
import { prepareStory, withRoutes } from '../story/session';
import { provideStorySession } from '../store/story-session';

provideStorySession({ prepareStory, withRoutes });

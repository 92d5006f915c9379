// The story player, gallery and editor as one part loaded on first use; loading it gives the store the story
// engine's route planning (store/story-session.ts).
import './story-engine';

export { StoryPlayer } from '../player/Player';
export { StoryGallery } from '../player/Gallery';
export { StoryEditor } from '../player/editor/StoryEditor';
export { StoryFeed } from './feeds';

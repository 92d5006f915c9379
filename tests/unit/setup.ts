import { afterEach } from 'vitest';
import { resetAppStore } from '../../src/store';
// The story engine the app loads with the story player (app/story-parts.ts).
import '../../src/app/story-parts';

afterEach(() => resetAppStore());

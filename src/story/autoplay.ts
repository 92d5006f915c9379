// Autoplay (a kiosk, a screen in a hall): each scene stays its duration, then the next one opens; after the last
// the story starts again. Pure, so the rules are tested apart from timers.
import type { Scene } from './schema';

/** Seconds a scene stays when its file gives no duration: time to read a caption of three or four lines. */
export const AUTOPLAY_SECONDS = 12;

export const sceneSeconds = (scene: Pick<Scene, 'duration'> | undefined): number => scene?.duration ?? AUTOPLAY_SECONDS;

/** The scene autoplay opens after `scene`: the next one, or the first after the last (loop). */
export const autoplayNext = (scene: number, count: number): number => (scene + 1 < count ? scene + 1 : 0);

/** Whether a location's fragment asks for autoplay (#autoplay, also beside #embed). */
export const autoplayInHash = (hash: string): boolean => new URLSearchParams(hash.replace(/^#/, '')).has('autoplay');

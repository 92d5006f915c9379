// The timeline of a story's video: which frame shows which scene, and what moves in it. Pure, so the length of
// the file is known (and tested) before a frame is drawn.
//
// A scene lasts its autoplay duration (sceneSeconds), so the video is as long as one loop of autoplay: the sum of
// the scenes' durations. Inside a scene, the camera first travels from the previous scene's view (none for the
// first scene), then the scene's lines are drawn (when it draws any), then the view holds for the rest of the scene.
// Scene starts are rounded to whole frames from the running total, so rounding never adds up along a long story.
import type { Camera } from '../data/camera';
import { sceneSeconds } from './autoplay';
import type { Scene } from './schema';

export const VIDEO_FPS = 30;
/** How long the camera travels into a scene; the player's own flights take about as long. */
export const MOVE_SECONDS = 1.2;
/** How long a scene's lines take to draw (the player draws them in 1.8 s too). */
export const DRAW_SECONDS = 1.8;

export interface SceneFrames {
  /** Index of the scene in the story. */
  scene: number;
  /** First frame of the scene in the video. */
  start: number;
  /** Frames the scene lasts. */
  frames: number;
  /** Frames of the camera's travel at the scene's start. */
  move: number;
  /** Frames of the line drawing after the travel. */
  draw: number;
}

export interface VideoSchedule {
  fps: number;
  scenes: SceneFrames[];
  /** All frames of the video. */
  frames: number;
}

/** The frames of each scene; `count` keeps only the first scenes (a short preview). */
export function videoSchedule(
  scenes: readonly Pick<Scene, 'duration' | 'draw'>[],
  fps = VIDEO_FPS,
  count = scenes.length,
): VideoSchedule {
  const out: SceneFrames[] = [];
  let seconds = 0;
  let start = 0;
  for (const [i, scene] of scenes.slice(0, Math.max(0, count)).entries()) {
    seconds += Math.max(0, sceneSeconds(scene));
    const end = Math.round(seconds * fps);
    const frames = end - start;
    // The view holds at least one frame, so every scene is seen at rest; travel takes at most a third.
    const move = i === 0 ? 0 : Math.min(Math.round(MOVE_SECONDS * fps), Math.floor(frames / 3));
    const draw = scene.draw ? Math.max(0, Math.min(Math.round(DRAW_SECONDS * fps), frames - move - 1)) : 0;
    out.push({ scene: i, start, frames, move, draw });
    start = end;
  }
  return { fps, scenes: out, frames: start };
}

/** Seconds the video lasts. */
export const videoSeconds = (schedule: VideoSchedule): number => schedule.frames / schedule.fps;

/** When frame `frame` starts, in microseconds (the unit of WebCodecs); whole numbers that never drift. */
export const frameTimestamp = (frame: number, fps: number): number => Math.round((frame * 1e6) / fps);

/** How long frame `frame` shows, in microseconds: the gap to the next frame's start. */
export const frameDuration = (frame: number, fps: number): number =>
  frameTimestamp(frame + 1, fps) - frameTimestamp(frame, fps);

export type FramePhase =
  | { kind: 'move'; progress: number }
  | { kind: 'draw'; progress: number }
  /** `first` marks the frame where the view comes to rest; the frames after it show the same picture. */
  | { kind: 'hold'; first: boolean };

/** What frame `local` (counted from the scene's start) shows; progress ends at exactly 1 on the last frame. */
export function framePhase(s: SceneFrames, local: number): FramePhase {
  if (local < s.move) return { kind: 'move', progress: (local + 1) / s.move };
  if (local < s.move + s.draw) return { kind: 'draw', progress: (local - s.move + 1) / s.draw };
  return { kind: 'hold', first: local === s.move + s.draw };
}

/** Slow out, slow in: a camera or a line that starts and stops gently. */
export const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * The camera `t` (0–1) of the way from `a` to `b`, eased. The centre moves straight in Web Mercator (as the map
 * draws it), the zoom linearly (a steady feel of approach), the bearing the short way round.
 */
export function cameraBetween(a: Camera, b: Camera, t: number): Camera {
  const e = easeInOut(Math.max(0, Math.min(1, t)));
  let turn = (b.bearing - a.bearing) % 360;
  if (turn > 180) turn -= 360;
  if (turn < -180) turn += 360;
  return {
    center: [
      lonOf(lerp(mercX(a.center[0]), mercX(b.center[0]), e)),
      latOf(lerp(mercY(a.center[1]), mercY(b.center[1]), e)),
    ],
    zoom: lerp(a.zoom, b.zoom, e),
    bearing: a.bearing + turn * e,
    pitch: lerp(a.pitch, b.pitch, e),
  };
}

/** The file's name: the story's id and the date, e.g. cku-wuhan-tashkent-2025-07-16.mp4. */
export const videoFilename = (storyId: string, date: string, ext: 'mp4' | 'webm'): string =>
  `${storyId}-${date}.${ext}`;

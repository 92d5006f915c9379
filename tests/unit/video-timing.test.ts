import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cameraBetween,
  frameDuration,
  framePhase,
  frameTimestamp,
  videoFilename,
  videoSchedule,
  videoSeconds,
  type SceneFrames,
} from '../../src/story/video-timing';
import { plainText } from '../../src/story/markdown';

const scenes = (durations: (number | undefined)[], draws: boolean[] = []) =>
  durations.map((duration, i) => ({ duration, draw: draws[i] ? ('route' as const) : undefined }));

describe('video schedule', () => {
  it('lasts as long as the scenes stay in autoplay: their durations, 12 s for a scene without one', () => {
    const s = videoSchedule(scenes([undefined, 5, 8.5]), 30);
    expect(videoSeconds(s)).toBe(25.5);
    expect(s.frames).toBe(765);
    expect(s.scenes.map((x) => [x.start, x.frames])).toEqual([
      [0, 360],
      [360, 150],
      [510, 255],
    ]);
  });

  it('keeps only the first scenes when asked for a preview', () => {
    const s = videoSchedule(scenes([undefined, undefined, undefined]), 30, 2);
    expect(s.scenes).toHaveLength(2);
    expect(videoSeconds(s)).toBe(24);
  });

  it('rounds scene starts from the running total, so fractions never add up along a story', () => {
    // 0.35 s is 10.5 frames: each scene alone would round, the total stays exact.
    const s = videoSchedule(scenes(Array(20).fill(0.35)), 30);
    expect(s.frames).toBe(210);
    expect(s.scenes.map((x) => x.frames).every((n) => n === 10 || n === 11)).toBe(true);
  });

  it('the first scene opens in place; later ones travel, then draw, then hold at least one frame', () => {
    const s = videoSchedule(scenes([12, 12, 1], [true, true, true]), 30);
    expect(s.scenes[0]).toMatchObject({ move: 0, draw: 54 });
    expect(s.scenes[1]).toMatchObject({ move: 36, draw: 54 });
    // A one-second scene: a third for the travel, the drawing squeezed into what is left but the last frame.
    expect(s.scenes[2]).toMatchObject({ frames: 30, move: 10, draw: 19 });
  });

  it('every frame belongs to exactly one scene, whatever the durations', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 60, noNaN: true }), { minLength: 1, maxLength: 30 }), (d) => {
        const s = videoSchedule(scenes(d), 30);
        let next = 0;
        for (const x of s.scenes) {
          expect(x.start).toBe(next);
          expect(x.move + x.draw).toBeLessThanOrEqual(Math.max(0, x.frames - 1));
          next += x.frames;
        }
        expect(next).toBe(s.frames);
        expect(Math.abs(videoSeconds(s) - d.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(0.5 / 30 + 1e-9);
      }),
    );
  });
});

describe('frame phases', () => {
  const scene: SceneFrames = { scene: 1, start: 360, frames: 360, move: 36, draw: 54 };

  it('travel ends exactly at the scene view, drawing exactly at the whole line, then the view holds', () => {
    expect(framePhase(scene, 0)).toEqual({ kind: 'move', progress: 1 / 36 });
    expect(framePhase(scene, 35)).toEqual({ kind: 'move', progress: 1 });
    expect(framePhase(scene, 36)).toEqual({ kind: 'draw', progress: 1 / 54 });
    expect(framePhase(scene, 89)).toEqual({ kind: 'draw', progress: 1 });
    expect(framePhase(scene, 90)).toEqual({ kind: 'hold', first: true });
    expect(framePhase(scene, 359)).toEqual({ kind: 'hold', first: false });
  });

  it('a scene that neither travels nor draws holds from its first frame', () => {
    expect(framePhase({ ...scene, move: 0, draw: 0 }, 0)).toEqual({ kind: 'hold', first: true });
  });
});

describe('frame times', () => {
  it('are whole microseconds that add up to the video length without drift', () => {
    expect(frameTimestamp(0, 30)).toBe(0);
    expect(frameTimestamp(1, 30)).toBe(33_333);
    expect(frameTimestamp(3600, 30)).toBe(120_000_000);
    let sum = 0;
    for (let f = 0; f < 3600; f++) sum += frameDuration(f, 30);
    expect(sum).toBe(120_000_000);
  });
});

describe('camera between scenes', () => {
  const a = { center: [30, 40] as [number, number], zoom: 3, bearing: 350, pitch: 0 };
  const b = { center: [110, 30] as [number, number], zoom: 5, bearing: 10, pitch: 40 };

  it('starts at one view and ends at the other', () => {
    expect(cameraBetween(a, b, 0)).toEqual(a);
    const end = cameraBetween(a, b, 1);
    expect(end.center[0]).toBeCloseTo(110, 9);
    expect(end.center[1]).toBeCloseTo(30, 9);
    expect(end.zoom).toBe(5);
    expect(end.pitch).toBe(40);
  });

  it('turns the short way round and is halfway at half time', () => {
    const mid = cameraBetween(a, b, 0.5);
    expect(mid.bearing).toBeCloseTo(360, 9);
    expect(mid.zoom).toBe(4);
    expect(mid.center[0]).toBeCloseTo(70, 9);
  });
});

describe('caption text and file name', () => {
  it('a caption loses its marks and keeps its words, lists bulleted', () => {
    expect(plainText('The **CKU** line, see [the report](https://example.org).\n\n- one\n- *two*')).toEqual([
      'The CKU line, see the report.',
      '• one',
      '• two',
    ]);
  });

  it('the file is named after the story and the day', () => {
    expect(videoFilename('cku-wuhan-tashkent', '2025-07-16', 'mp4')).toBe('cku-wuhan-tashkent-2025-07-16.mp4');
  });
});

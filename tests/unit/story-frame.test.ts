import { describe, expect, it } from 'vitest';
import type { CameraIntent } from '../../src/store/camera-slice';
import { coveredInsets, framed, type Viewport } from '../../src/story/frame';

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/** Where a point lands on screen (CSS px from the map's top left) under a fly intent. */
function screenOf(intent: CameraIntent, viewport: Viewport, [lon, lat]: [number, number]): [number, number] {
  if (intent.kind !== 'fly') throw new Error('expected a flight');
  const { center, zoom } = intent.camera;
  const world = 512 * 2 ** zoom!;
  return [
    viewport.width / 2 + (mercX(lon) - mercX(center![0])) * world,
    viewport.height / 2 + (mercY(lat) - mercY(center![1])) * world,
  ];
}

const phone: Viewport = { width: 390, height: 750, inset: { top: 350, right: 0, bottom: 0, left: 0 } };
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRectReadOnly;

describe('framing a scene around the story card', () => {
  it('leaves the camera alone when the card covers nothing', () => {
    const fit: CameraIntent = { kind: 'fit', bounds: [60, 30, 120, 50], maxZoom: 7 };
    expect(framed(fit, null)).toBe(fit);
    expect(framed(fit, { width: 900, height: 740, inset: { top: 0, right: 0, bottom: 0, left: 0 } })).toBe(fit);
  });

  it('puts a viewed place in the middle of the uncovered part', () => {
    const view: CameraIntent = { kind: 'fly', camera: { center: [75.97, 39.48], zoom: 6.5, bearing: 0, pitch: 0 } };
    const [x, y] = screenOf(framed(view, phone), phone, [75.97, 39.48]);
    expect(x).toBeCloseTo(195, 3);
    expect(y).toBeCloseTo(350 + 400 / 2, 3);
  });

  it('fits the records inside the uncovered part with the usual margin', () => {
    const fit: CameraIntent = { kind: 'fit', bounds: [69.3, 30.6, 114.1, 43.2], maxZoom: 7 };
    const camera = framed(fit, phone);
    const [west, north] = screenOf(camera, phone, [69.3, 43.2]);
    const [east, south] = screenOf(camera, phone, [114.1, 30.6]);
    expect(Math.min(west, 390 - east)).toBeCloseTo(48, 0);
    expect(north).toBeGreaterThanOrEqual(350 + 47);
    expect(south).toBeLessThanOrEqual(750 - 47);
  });

  it('keeps the maximum zoom of a fit', () => {
    const camera = framed({ kind: 'fit', bounds: [80.2, 42.7, 80.2, 42.7], maxZoom: 7 }, phone);
    expect(camera).toMatchObject({ kind: 'fly', camera: { zoom: 7 } });
  });

  it('measures a card over the top of the map, beside it or at its side', () => {
    const map = rect(0, 92, 390, 752);
    expect(coveredInsets(map, rect(0, 92, 390, 360))).toEqual({ top: 360, right: 0, bottom: 0, left: 0 });
    expect(coveredInsets(rect(0, 56, 900, 744), rect(900, 56, 380, 744))).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
    expect(coveredInsets(rect(0, 56, 1280, 744), rect(880, 56, 400, 744))).toEqual({
      top: 0,
      right: 400,
      bottom: 0,
      left: 0,
    });
  });
});

// Frame-by-frame capture of the map for the story video. The video code says where the camera is, how far the
// scene's lines are drawn and what time it is for each frame; this file makes the map draw exactly that and hands
// back a copy of the frame. MapLibre's clock is frozen per frame (setNow), so label fades and transitions advance with the
// video's time, not with how long a frame took to draw on a slow machine.
import { restoreNow, setNow, type ExpressionSpecification, type Map as MapLibreMap } from 'maplibre-gl';
import type { Camera, CameraIntent } from '../data/camera';
import { FIT_PADDING } from '../story/frame';
import { gradientAt } from './draw-progressive';
import { attachedMap } from './attached';

/** Longest wait for tiles before a frame is taken anyway (a missing tile must not stop the video). */
const TILE_WAIT_MS = 10_000;
/** Longest wait for a scene to settle: its style applied, the player's own line drawing over, the map idle. */
const SETTLE_MS = 15_000;

export interface MapCapture {
  /** The map's size on screen, in CSS pixels. */
  readonly cssWidth: number;
  readonly cssHeight: number;
  /** Device pixels per CSS pixel while capturing. */
  readonly ratio: number;
  /** Where the map looks now. */
  camera(): Camera;
  /** The camera an intent ends at (a fit is worked out for the map's size). */
  cameraFor(intent: CameraIntent): Camera;
  /** Waits, in real time, until the scene just applied through the store is on the map and at rest. */
  settle(drawing: boolean): Promise<void>;
  /** Shows the lines of `layerIds` drawn up to `progress` (0–1) in the next frames. */
  drawLines(layerIds: readonly string[], progress: number): void;
  /** Draws the map at `camera` at time `nowMs` once its tiles are in, and returns a copy of that frame (device pixels). */
  render(camera: Camera, nowMs: number): Promise<HTMLCanvasElement>;
  /** Gives the map back as it was: the real clock, the screen's pixel ratio, whole lines. */
  end(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the map's next frame and copies it into `still` in the same task: the map's canvas does not keep its
 * drawing buffer (preserveDrawingBuffer costs every frame a copy), so it can be read only while the frame is drawn.
 * A frame that never comes leaves `still` holding the one before.
 */
function nextRender(map: MapLibreMap, timeout: number, still: HTMLCanvasElement): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeout);
    map.once('render', () => {
      clearTimeout(timer);
      const src = map.getCanvas();
      if (still.width !== src.width || still.height !== src.height) {
        still.width = src.width;
        still.height = src.height;
      }
      const ctx = still.getContext('2d');
      ctx?.clearRect(0, 0, still.width, still.height);
      ctx?.drawImage(src, 0, 0);
      resolve();
    });
    map.triggerRepaint();
  });
}

function idle(map: MapLibreMap, timeout: number): Promise<void> {
  if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeout);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function until(test: () => boolean, timeout: number): Promise<boolean> {
  const end = performance.now() + timeout;
  while (!test()) {
    if (performance.now() > end) return false;
    await sleep(40);
  }
  return true;
}

/**
 * Starts capturing, or null without a map. `pixelRatio` draws the map sharper than the screen when the video's
 * frame is wider than the part of the map it shows.
 */
export function startCapture(pixelRatio: (cssWidth: number, cssHeight: number) => number): MapCapture | null {
  const map = attachedMap();
  if (!map) return null;
  const canvas = map.getCanvas();
  const cssWidth = canvas.clientWidth;
  const cssHeight = canvas.clientHeight;
  const screenRatio = map.getPixelRatio();
  const ratio = Math.max(screenRatio, pixelRatio(cssWidth, cssHeight));
  if (ratio !== screenRatio) map.setPixelRatio(ratio);
  const container = map.getContainer();
  /** The last frame drawn, in device pixels: what `render` hands back. */
  const still = document.createElement('canvas');
  // The style's own gradients of the lines being drawn, put back when the scene ends.
  const ramps = new Map<string, unknown>();
  const restoreLines = () => {
    for (const [id, ramp] of ramps)
      if (map.getLayer(id)) map.setPaintProperty(id, 'line-gradient', ramp as ExpressionSpecification);
    ramps.clear();
  };

  return {
    cssWidth,
    cssHeight,
    ratio,
    camera: () => {
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    },
    cameraFor(intent) {
      const now = this.camera();
      if (intent.kind === 'fly') {
        const c = intent.camera;
        return {
          center: c.center ?? now.center,
          zoom: c.zoom ?? now.zoom,
          bearing: c.bearing ?? 0,
          pitch: c.pitch ?? 0,
        };
      }
      const [w, s, e, n] = intent.bounds;
      const side = FIT_PADDING + (intent.labelRoom ?? 0);
      const fit = map.cameraForBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding: { top: FIT_PADDING, bottom: FIT_PADDING, left: side, right: side }, maxZoom: intent.maxZoom },
      );
      if (!fit?.center) return now;
      const c = fit.center as { lng: number; lat: number };
      return { center: [c.lng, c.lat], zoom: fit.zoom ?? now.zoom, bearing: fit.bearing ?? 0, pitch: 0 };
    },
    async settle(drawing) {
      restoreLines();
      restoreNow();
      // The store has changed; the app renders, hands the map its new style, and the player starts its drawing.
      await sleep(120);
      if (drawing) {
        await until(() => container.hasAttribute('data-drawing'), 1500);
        await until(() => !container.hasAttribute('data-drawing'), SETTLE_MS);
      }
      await idle(map, SETTLE_MS);
    },
    drawLines(layerIds, progress) {
      for (const id of layerIds) {
        if (!map.getLayer(id)) continue;
        if (!ramps.has(id)) ramps.set(id, map.getPaintProperty(id, 'line-gradient'));
        map.setPaintProperty(id, 'line-gradient', gradientAt(ramps.get(id), progress) as ExpressionSpecification);
      }
    },
    async render(camera, nowMs) {
      setNow(nowMs);
      map.jumpTo(camera);
      const ready = () => map.isStyleLoaded() && map.areTilesLoaded();
      await nextRender(map, 2000, still);
      if (ready()) return still;
      const end = performance.now() + TILE_WAIT_MS;
      do await nextRender(map, 2000, still);
      while (!ready() && performance.now() < end);
      // One more frame, so the tile that arrived last is in the picture.
      await nextRender(map, 2000, still);
      return still;
    },
    end() {
      restoreLines();
      restoreNow();
      if (map.getPixelRatio() !== screenRatio) map.setPixelRatio(screenRatio);
    },
  };
}

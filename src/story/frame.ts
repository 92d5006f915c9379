// Framing a scene when the story card covers part of the map (on a phone it sits over the top of the map): the
// scene's records are put in the middle of the part the audience can see. Pure Web Mercator arithmetic on the
// map's size and the covered margins; the player measures them.
import type { CameraIntent } from '../data/camera';

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Viewport {
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  /** How far the story card reaches into the map from each side, in CSS pixels. */
  inset: Insets;
}

/** MapLibre's world is 512 pixels wide at zoom 0. */
const WORLD = 512;
/** The same margin the map leaves around a fit. */
export const FIT_PADDING = 48;
const DEFAULT_MAX_ZOOM = 8;

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/** The camera intent that shows what `intent` shows, inside the uncovered part of the viewport. */
export function framed(intent: CameraIntent, viewport: Viewport | null): CameraIntent {
  if (!viewport) return intent;
  const { top, right, bottom, left } = viewport.inset;
  const visibleW = viewport.width - left - right;
  const visibleH = viewport.height - top - bottom;
  // Nothing covered, or too little left to frame anything in: keep the map's own framing.
  if (top + right + bottom + left === 0 || visibleW < 120 || visibleH < 120) return intent;
  let x: number;
  let y: number;
  let zoom: number;
  let bearing = 0;
  let pitch = 0;
  if (intent.kind === 'fit') {
    const [w, s, e, n] = intent.bounds;
    const spanX = Math.max(mercX(e) - mercX(w), 1e-9);
    const spanY = Math.max(mercY(s) - mercY(n), 1e-9);
    const fits = Math.min(
      (visibleW - 2 * FIT_PADDING) / (spanX * WORLD),
      (visibleH - 2 * FIT_PADDING) / (spanY * WORLD),
    );
    zoom = Math.min(Math.log2(Math.max(fits, 1e-9)), intent.maxZoom ?? DEFAULT_MAX_ZOOM);
    x = (mercX(w) + mercX(e)) / 2;
    y = (mercY(n) + mercY(s)) / 2;
  } else {
    const c = intent.camera;
    if (!c.center || c.zoom === undefined) return intent;
    [x, y, zoom] = [mercX(c.center[0]), mercY(c.center[1]), c.zoom];
    bearing = c.bearing ?? 0;
    pitch = c.pitch ?? 0;
  }
  zoom = Math.max(0, Math.min(22, zoom));
  const world = WORLD * 2 ** zoom;
  // The map centre moves so that the point lands in the middle of the visible part.
  const cx = x - (left - right) / 2 / world;
  const cy = y - (top - bottom) / 2 / world;
  return { kind: 'fly', camera: { center: [lonOf(cx), latOf(cy)], zoom, bearing, pitch } };
}

/** How far `card` reaches into `map`, from the side it is attached to; zero when it lies beside the map. */
export function coveredInsets(map: DOMRectReadOnly, card: DOMRectReadOnly): Insets {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  const overlapW = Math.min(map.right, card.right) - Math.max(map.left, card.left);
  const overlapH = Math.min(map.bottom, card.bottom) - Math.max(map.top, card.top);
  if (overlapW <= 0 || overlapH <= 0) return none;
  // A card across the whole width covers a band at the top or the bottom; otherwise a band at one side.
  if (overlapW >= map.width * 0.9)
    return card.top <= map.top + 1 ? { ...none, top: overlapH } : { ...none, bottom: overlapH };
  return card.left <= map.left + 1 ? { ...none, left: overlapW } : { ...none, right: overlapW };
}

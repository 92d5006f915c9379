// Draws a line layer progressively: its `line-gradient` (a ramp over `line-progress`, which needs a GeoJSON
// source with lineMetrics) is cut at a growing point each animation frame, then restored to the style's value.
// The drawing starts when the camera has arrived, so the audience sees it. Under prefers-reduced-motion the line
// is simply there.
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { prefersReducedMotion } from './camera';

export const DRAW_MS = 1800;
/** Longest wait for the camera before drawing anyway (a flight that never reports its end). */
const CAMERA_WAIT_MS = 2500;
const CLEAR = 'rgba(0, 0, 0, 0)';
const EPSILON = 1e-4;

type Ramp = unknown[];

const isRamp = (v: unknown): v is Ramp =>
  Array.isArray(v) && v[0] === 'interpolate' && JSON.stringify(v[2]) === '["line-progress"]';

/** The ramp shown up to `progress` (0–1) and transparent beyond; the colour at the cut is the last stop before it. */
export function gradientAt(ramp: unknown, progress: number): unknown {
  if (!isRamp(ramp) || progress >= 1) return ramp;
  const stops: [number, unknown][] = [];
  for (let i = 3; i + 1 < ramp.length; i += 2) stops.push([ramp[i] as number, ramp[i + 1]]);
  const p = Math.max(0, Math.min(1 - 2 * EPSILON, progress));
  const kept = stops.filter(([at]) => at <= p);
  const colour = kept.at(-1)?.[1] ?? stops[0]?.[1] ?? CLEAR;
  const cut = p <= 0 ? [0, CLEAR] : [...kept.flat(), ...(kept.at(-1)?.[0] === p ? [] : [p, colour])];
  return ['interpolate', ['linear'], ['line-progress'], ...cut, p + EPSILON, CLEAR, 1, CLEAR];
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** Starts the drawing of the layers; returns a function that stops it and leaves the lines whole. */
export function drawProgressively(map: MapLibreMap, layerIds: readonly string[], durationMs = DRAW_MS): () => void {
  if (prefersReducedMotion()) return () => {};
  let finals: [string, unknown][] = [];
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  const paint = (progress: number) => {
    for (const [id, ramp] of finals)
      if (map.getLayer(id))
        map.setPaintProperty(id, 'line-gradient', gradientAt(ramp, progress) as ExpressionSpecification);
  };
  // The container is marked while a line is being drawn, so a test (or a screenshot) can wait for the whole line.
  const drawing = (on: boolean) => map.getContainer().toggleAttribute('data-drawing', on);
  const run = () => {
    if (started) return;
    started = true;
    const t0 = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / durationMs);
      paint(ease(t));
      if (t < 1) frame = requestAnimationFrame(step);
      else drawing(false);
    };
    frame = requestAnimationFrame(step);
  };
  // Hide the lines before the first frame, then wait for the camera to land.
  const prepare = () => {
    const present = layerIds.filter((id) => map.getLayer(id));
    if (!present.length) return false;
    finals = present.map((id) => [id, map.getPaintProperty(id, 'line-gradient')]);
    drawing(true);
    paint(0);
    if (map.isMoving()) map.once('moveend', run);
    else run();
    timer = setTimeout(run, CAMERA_WAIT_MS);
    return true;
  };
  // The layers may arrive with a style update that is still being applied.
  const onStyle = () => {
    if (prepare()) map.off('styledata', onStyle);
  };
  if (!prepare()) map.on('styledata', onStyle);
  return () => {
    map.off('styledata', onStyle);
    map.off('moveend', run);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    drawing(false);
    for (const [id, ramp] of finals)
      if (map.getLayer(id)) map.setPaintProperty(id, 'line-gradient', ramp as ExpressionSpecification);
  };
}

// Small pure helpers on coordinate lists: antimeridian continuity, rounding, sampling.
import { distance } from '@turf/turf';
import type { Pos } from './grid';

/** Shifts longitudes by ±360 so no step jumps across the antimeridian; a line may end east of 180. */
export function unwrap(coords: readonly Pos[]): Pos[] {
  const out: Pos[] = [];
  for (const [lon, lat] of coords) {
    const prev = out[out.length - 1];
    let l = lon;
    if (prev) {
      while (l - prev[0] > 180) l -= 360;
      while (prev[0] - l > 180) l += 360;
    }
    out.push([l, lat]);
  }
  // Keep the first point in [-180, 180] so the whole line starts on the usual map.
  const first = out[0];
  if (first && (first[0] > 180 || first[0] < -180)) {
    const shift = first[0] > 180 ? -360 : 360;
    return out.map(([l, lat]) => [l + shift, lat] as Pos);
  }
  return out;
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** Rounds to 5 decimals (about 1 m) and drops points that became repeats. */
export function round(coords: readonly Pos[]): Pos[] {
  const out: Pos[] = [];
  for (const [lon, lat] of coords) {
    const p: Pos = [round5(lon), round5(lat)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Joins pieces that share their end and start point into one list. */
export function concat(parts: readonly Pos[][]): Pos[] {
  const out: Pos[] = [];
  for (const part of parts) {
    for (const p of part) {
      const prev = out[out.length - 1];
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
    }
  }
  return out;
}

/** Points along the line every stepKm or closer, with their distance from the start. */
export function samples(coords: readonly Pos[], stepKm: number): { p: Pos; at: number }[] {
  const out: { p: Pos; at: number }[] = [];
  let at = 0;
  coords.forEach((p, i) => {
    const next = coords[i + 1];
    out.push({ p, at });
    if (!next) return;
    const km = distance(p, next);
    const n = Math.floor(km / stepKm);
    for (let k = 1; k <= n; k++) {
      const t = k / (n + 1);
      out.push({ p: [p[0] + (next[0] - p[0]) * t, p[1] + (next[1] - p[1]) * t], at: at + km * t });
    }
    at += km;
  });
  return out;
}

export function lengthKm(coords: readonly Pos[]): number {
  let km = 0;
  for (let i = 1; i < coords.length; i++) km += distance(coords[i - 1]!, coords[i]!);
  return km;
}

/** The same line with extra vertices so no step is longer than stepKm: lets a leg join a drawn line mid-way. */
export function densify(coords: readonly Pos[], stepKm: number): Pos[] {
  return samples(coords, stepKm).map((s) => s.p);
}

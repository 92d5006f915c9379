// The build refuses geometry that contradicts the ground: ships over land, trains or lorries at sea.
import type { LandIndex } from './land';
import { samples } from './geometry';
import type { Pos } from './grid';

export interface CheckOptions {
  /** Sea and ferry legs may touch land this close to either end (the approach to the quay). */
  approachKm: number;
  /** A sample this close to the coastline is accepted on either side: the coastline is drawn at 1:10M. */
  coastToleranceKm: number;
  stepKm: number;
}

export const DEFAULT_CHECK: CheckOptions = { approachKm: 3, coastToleranceKm: 2, stepKm: 1 };

/** Where a ship may cross land: near a listed passage (canal, river channel). */
export type InPassage = (p: Pos) => boolean;
const nowhere: InPassage = () => false;

/** Places along the line that are on the wrong side of the coast, as readable strings (empty when fine). */
export function wrongSide(
  coords: readonly Pos[],
  water: boolean,
  land: LandIndex,
  opt = DEFAULT_CHECK,
  inPassage = nowhere,
): string[] {
  const pts = samples(coords, opt.stepKm);
  const total = pts[pts.length - 1]?.at ?? 0;
  const bad: string[] = [];
  for (const { p, at } of pts) {
    if (water && (at <= opt.approachKm || total - at <= opt.approachKm)) continue;
    if (land.isLand(p) !== water) continue;
    if (land.coastKm(p, opt.coastToleranceKm) !== undefined) continue;
    if (water && inPassage(p)) continue;
    bad.push(`${water ? 'land' : 'water'} at km ${at.toFixed(0)} (${p[0].toFixed(3)}, ${p[1].toFixed(3)})`);
  }
  return bad;
}

/** Lanes that cut across land (deeper than the tolerance) cost this many times their length. */
const LAND_PENALTY = 25;

/** An edge penalty for sea lanes: the 20 km marnet lanes sometimes clip islands and capes. */
export function landPenalty(land: LandIndex, toleranceKm: number, inPassage = nowhere): (a: Pos, b: Pos) => number {
  return (a, b) => {
    for (const { p } of samples([a, b], 1)) {
      if (land.isLand(p) && land.coastKm(p, toleranceKm) === undefined && !inPassage(p)) return LAND_PENALTY;
    }
    return 1;
  };
}

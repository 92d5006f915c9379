// What the planner reads of a leg's drawn line: its length, its westmost point (for line speeds that start at a
// meridian) and the sea passages it runs through. Worked out once at build time from the full geometry, so the
// planner can answer before that geometry has downloaded, with the same km.
import { length } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { LegFacts } from '../data/schema';
import { passagesOf } from './passages.ts';

/** A leg's geometry as a list of lines. */
export function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

export function legFacts(mode: string, geometry: Geometry): LegFacts {
  const lines = linesOf(geometry);
  return {
    km: length({ type: 'Feature', geometry, properties: {} }, { units: 'kilometers' }),
    westmost: Math.min(...lines.flatMap((l) => l.map((pt) => pt[0]!))),
    passages: passagesOf(mode, lines),
  };
}

// Land cut at ±180° by the staging: the two halves of Chukotka (and Wrangel Island) each carry a straight edge
// along the antimeridian, which the coast line would stroke. Shifting the western halves by 360° and joining
// them to their eastern neighbours gives one outline; the tile cutter wraps what lies past 180° to tile x 0.
import { featureCollection, polygon as turfPolygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { SourceFeature } from './source';

const touches = (ring: Position[], lon: number) => ring.some((p) => Math.abs((p[0] ?? 0) - lon) < 1e-6);

function polygonsOf(f: SourceFeature): Position[][][] {
  if (f.geometry.type === 'Polygon') return [f.geometry.coordinates];
  if (f.geometry.type === 'MultiPolygon') return f.geometry.coordinates;
  return [];
}

/** The features with every polygon that touches ±180° joined into one shape past 180° (same properties). */
export function joinAcrossAntimeridian(features: SourceFeature[]): SourceFeature[] {
  const seam: Position[][][] = [];
  const rest: SourceFeature[] = [];
  for (const f of features) {
    const kept: Position[][][] = [];
    for (const poly of polygonsOf(f)) {
      const outer = poly[0] ?? [];
      if (touches(outer, -180)) seam.push(poly.map((ring) => ring.map(([x = 0, y = 0]) => [x + 360, y])));
      else if (touches(outer, 180)) seam.push(poly);
      else kept.push(poly);
    }
    if (kept.length === polygonsOf(f).length) rest.push(f);
    else if (kept.length) rest.push({ ...f, geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
  if (seam.length < 2) return features;
  const joined = union(featureCollection(seam.map((p) => turfPolygon(p))));
  if (!joined) return features;
  const geometry = (joined as Feature<Polygon | MultiPolygon>).geometry;
  return [...rest, { type: 'Feature', properties: {}, geometry }];
}

// A road leg that is not drawn as schematic claims to follow the road: its drawn length must then agree with the
// distance the sources publish, within 5%. A road drawn through too few points is shorter than the way it winds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { length } from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { SegmentProps } from '../../src/data/schema';

const TOLERANCE = 0.05;
const file = join(import.meta.dirname, '..', '..', 'geo', 'segments.geojson');
const segments = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<LineString, SegmentProps>;
const roads = segments.features.filter((f) => f.properties.mode === 'road');
const followed = roads.filter((f) => f.properties.precision !== 'schematic');

function published(f: Feature<LineString, SegmentProps>): number | undefined {
  const r = f.properties.lengthKm;
  return r && (r.typical ?? (r.min + r.max) / 2);
}

describe('road legs drawn as following the road', () => {
  it('include at least one digitised leg', () => {
    expect(followed.map((f) => f.properties.precision)).toContain('digitised');
  });

  it.each(followed.map((f) => [f.properties.id, f] as const))('%s is within 5% of its published length', (_, f) => {
    const km = published(f);
    // A digitised leg is judged by the published distance; one traced on a road layer may take its km from it.
    if (f.properties.precision === 'digitised') expect(km, 'a digitised leg states lengthKm').toBeDefined();
    if (km === undefined) return;
    const drawn = length(f, { units: 'kilometers' });
    const error = Math.abs(drawn - km!) / km!;
    expect(error, `drawn ${drawn.toFixed(1)} km against ${km} km published`).toBeLessThanOrEqual(TOLERANCE);
  });
});

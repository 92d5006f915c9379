// Land, lakes and rivers: the physical base under everything else.
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { joinAcrossAntimeridian } from './antimeridian';
import { mapZoom, num, readRegion, withoutCutParts, type SourceFeature } from './source';

/** A tile feature: `minzoom` decides from which tile zoom it is written. */
export type Tiled = SourceFeature & { properties: { minzoom: number } };

export function tiled(feature: SourceFeature, minzoom: number, props: Record<string, unknown> = {}): Tiled {
  return { type: 'Feature', geometry: feature.geometry, properties: { minzoom, ...props } };
}

/** A point in the middle of the Caspian Sea that no land polygon may cover (NE 10m land has the sea as a hole). */
export const CASPIAN_PROBE: [number, number] = [50.5, 42.0];

export function land(dir: string): Tiled[] {
  const features = joinAcrossAntimeridian(withoutCutParts(readRegion(dir, 'ne_10m_land')));
  for (const f of features) {
    if (booleanPointInPolygon(CASPIAN_PROBE, f.geometry as Polygon | MultiPolygon)) {
      throw new Error(`Land covers the Caspian Sea at ${CASPIAN_PROBE.join(',')}: wrong land layer?`);
    }
  }
  return features.map((f) => tiled(f, 0));
}

export function lakes(dir: string): Tiled[] {
  return readRegion(dir, 'ne_10m_lakes')
    .sort((a, b) => num(a.properties.scalerank) - num(b.properties.scalerank))
    .map((f) => tiled(f, mapZoom(f.properties.min_zoom, 7)));
}

/**
 * Rivers only: the "Lake Centerline" pieces run across lake surfaces and would draw lines over the lakes.
 * Natural Earth's min_zoom thins them per zoom (21 main rivers at the world view, all 669 at z6).
 */
export function rivers(dir: string): Tiled[] {
  return readRegion(dir, 'ne_10m_rivers_lake_centerlines')
    .filter((f) => f.properties.featurecla === 'River')
    .sort((a, b) => num(a.properties.scalerank) - num(b.properties.scalerank))
    .map((f) => tiled(f, mapZoom(f.properties.min_zoom, 7), { scalerank: num(f.properties.scalerank, 9) }));
}

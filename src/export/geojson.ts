// The shown records as one GeoJSON FeatureCollection: every record a feature, its properties one level deep.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Source } from '../data/schema';
import { flatten, type FlatRecord } from './flatten';
import type { RecordSummary } from './records';

export function toGeoJson(
  records: readonly RecordSummary[],
  sources: ReadonlyMap<string, Source>,
): FeatureCollection<Geometry | null, FlatRecord> {
  const features: Feature<Geometry | null, FlatRecord>[] = records.map((r) => ({
    type: 'Feature',
    id: r.id,
    geometry: r.geometry,
    properties: flatten(r, sources),
  }));
  return { type: 'FeatureCollection', features };
}

/** The collection as the text of the downloaded file. */
export const geoJsonText = (collection: FeatureCollection<Geometry | null, FlatRecord>): string =>
  `${JSON.stringify(collection, null, 1)}\n`;

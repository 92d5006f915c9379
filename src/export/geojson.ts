// The shown records as one GeoJSON FeatureCollection: every record a feature, its properties one level deep.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Source } from '../data/schema';
import { cutAtAntimeridian } from '../data/antimeridian';
import { flatten, type FlatRecord } from './flatten';
import { EXPORT_LICENCE } from '../data/licence';
import type { RecordSummary } from './records';

/** A FeatureCollection with the licence and attribution as foreign members (RFC 7946 §6.1). */
export type AttributedCollection<G extends Geometry | null, P> = FeatureCollection<G, P> & {
  licence: string;
  attribution: string;
};

/** The publishers of the sources the records cite, for the attribution line. */
export function attributionOf(sourceIds: Iterable<string>, sources: ReadonlyMap<string, Source>): string {
  const publishers = new Set<string>();
  for (const id of sourceIds) publishers.add(sources.get(id)?.publisher ?? id);
  return [...publishers].sort().join('; ');
}

export function toGeoJson(
  records: readonly RecordSummary[],
  sources: ReadonlyMap<string, Source>,
): AttributedCollection<Geometry | null, FlatRecord> {
  const features: Feature<Geometry | null, FlatRecord>[] = records.map((r) => ({
    type: 'Feature',
    id: r.id,
    geometry: cutAtAntimeridian(r.geometry),
    properties: flatten(r, sources),
  }));
  return {
    type: 'FeatureCollection',
    licence: EXPORT_LICENCE,
    attribution: attributionOf(
      records.flatMap((r) => r.sources),
      sources,
    ),
    features,
  };
}

/** The collection as the text of the downloaded file. */
export const geoJsonText = (collection: FeatureCollection<Geometry | null, FlatRecord>): string =>
  `${JSON.stringify(collection, null, 1)}\n`;

// Helpers for project specs: positions taken from already-built nodes, NE places or GeoNames, so every
// project coordinate traces back to the same datasets as the network.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import type { ProjectProps } from '../../src/data/schema';
import { nePlace, REPO_ROOT, round5, type LonLat } from './reference';

export type ProjectGeometry =
  | { type: 'Point'; coordinates: LonLat }
  | { type: 'MultiPoint'; coordinates: LonLat[] }
  | { type: 'LineString'; coordinates: LonLat[] };

export type ProjectSpec = z.input<typeof ProjectProps> & { geometry: ProjectGeometry };

/** Conversion aid: what each returned position was derived from. */
export const provenance = new WeakMap<object, unknown>();

let nodeIndex: Map<string, LonLat> | undefined;
/** The position of a node already written to geo/nodes.geojson. */
export function node(id: string): LonLat {
  if (!nodeIndex) {
    const fc = JSON.parse(readFileSync(resolve(REPO_ROOT, 'geo', 'nodes.geojson'), 'utf8')) as {
      features: { geometry: { coordinates: LonLat }; properties: { id: string } }[];
    };
    nodeIndex = new Map(fc.features.map((f) => [f.properties.id, f.geometry.coordinates]));
  }
  const at = nodeIndex.get(id);
  if (!at) throw new Error(`no node ${id} in geo/nodes.geojson (run build-nodes first)`);
  provenance.set(at, { node: id });
  return at;
}

/** A Natural Earth populated place by Wikidata id. */
export const ne = (wikidataId: string): LonLat => {
  const at = nePlace(wikidataId);
  provenance.set(at, { ne: wikidataId, at: [...at] });
  return at;
};
/** A GeoNames place: its coordinates as published (geonameid kept in the spec for traceability). */
export const gn = (geonameId: number, lon: number, lat: number): LonLat => {
  const at: LonLat = [round5(lon), round5(lat)];
  provenance.set(at, { geonames: geonameId, at: [...at] });
  return at;
};

export const point = (at: LonLat): ProjectGeometry => ({ type: 'Point', coordinates: at });
export const points = (...at: LonLat[]): ProjectGeometry => ({ type: 'MultiPoint', coordinates: at });
export const line = (...at: LonLat[]): ProjectGeometry => ({ type: 'LineString', coordinates: at });

const INDICATIVE = {
  zh: '线形为经过所列地点的示意线，并非实际走向。',
  en: 'The line is indicative, drawn through the named places only.',
  ru: 'Линия условная: проведена только через названные пункты.',
};
/** A summary in three languages ending with the note that the drawn line is indicative. */
export const ind = (zh: string, en: string, ru: string) => ({
  zh: `${zh}${INDICATIVE.zh}`,
  en: `${en} ${INDICATIVE.en}`,
  ru: `${ru} ${INDICATIVE.ru}`,
});

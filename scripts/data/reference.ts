// Lookups in the staged reference datasets (Natural Earth, World Port Index) that the node and project
// coordinates are taken from. Every coordinate these return is traceable to one feature of one dataset.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Point } from 'geojson';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');
/** The staged geodata folder; SHARED_GEODATA overrides the default sibling checkout. */
export const GEODATA = process.env.SHARED_GEODATA ?? resolve(REPO_ROOT, '..', 'shared', 'geodata');

/** Whether the staged geodata is beside the clone (only re-tracing and re-checking lookups need it). */
export const hasGeodata = (): boolean => existsSync(resolve(GEODATA, 'ne'));

/** A layer of geo/ref/: the Natural Earth extracts committed with the data, enough to snap and check. */
export function loadRef(name: string): FeatureCollection {
  const key = `ref:${name}`;
  let fc = cache.get(key);
  if (!fc) {
    fc = JSON.parse(readFileSync(resolve(REPO_ROOT, 'geo', 'ref', name), 'utf8')) as FeatureCollection;
    cache.set(key, fc);
  }
  return fc;
}

const cache = new Map<string, FeatureCollection>();
export function loadGeodata(relPath: string): FeatureCollection {
  let fc = cache.get(relPath);
  if (!fc) {
    fc = JSON.parse(readFileSync(resolve(GEODATA, relPath), 'utf8')) as FeatureCollection;
    cache.set(relPath, fc);
  }
  return fc;
}

export type LonLat = [number, number];

function pointOf(f: Feature): LonLat {
  const [lon, lat] = (f.geometry as Point).coordinates;
  return [lon as number, lat as number];
}

/** A populated place of ne_10m_populated_places, found by its Wikidata id (names there are local spellings). */
export function nePlace(wikidataId: string): LonLat {
  const f = loadGeodata('ne/ne_10m_populated_places.geojson').features.find(
    (p) => p.properties?.wikidataid === wikidataId,
  );
  if (!f) throw new Error(`no Natural Earth populated place with wikidataid ${wikidataId}`);
  return pointOf(f);
}

/** A populated place by name and country, nearest to a hint point (for places without a Wikidata id). */
export function nePlaceNamed(name: string, adm0: string, near: LonLat): LonLat {
  const hits = loadGeodata('ne/ne_10m_populated_places.geojson').features.filter(
    (p) => p.properties?.NAME === name && p.properties?.ADM0_A3 === adm0,
  );
  const d = (f: Feature) => Math.hypot(pointOf(f)[0] - near[0], pointOf(f)[1] - near[1]);
  const best = hits.sort((a, b) => d(a) - d(b))[0];
  if (!best || d(best) > 1) throw new Error(`no Natural Earth place ${name} (${adm0}) near ${near.join(',')}`);
  return pointOf(best);
}

/** A port of the World Port Index by its WPI number. */
export function wpiPort(wpiNo: number): LonLat {
  const f = loadGeodata('ports/wpi_eurasia.geojson').features.find((p) => p.properties?.wpi_no === wpiNo);
  if (!f) throw new Error(`no WPI port ${wpiNo}`);
  return pointOf(f);
}

/** A port of ne_10m_ports by its name. */
export function nePort(name: string): LonLat {
  const f = loadGeodata('ne/ne_10m_ports.geojson').features.find((p) => p.properties?.name === name);
  if (!f) throw new Error(`no Natural Earth port named ${name}`);
  return pointOf(f);
}

/** Degrees-minutes-seconds as printed in a reference, to decimal degrees. */
export function dms(deg: number, min = 0, sec = 0): number {
  return deg + min / 60 + sec / 3600;
}

export const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

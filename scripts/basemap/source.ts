// Reading the staged Natural Earth files and trimming them to the tiled region.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, Position } from 'geojson';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The staged geodata folder: $SHARED_DIR/geodata, by default ../shared/geodata beside the repository. */
export function geodataDir(): string {
  const shared = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(REPO_ROOT, '../shared');
  const dir = join(shared, 'geodata');
  if (!existsSync(join(dir, 'MANIFEST.md'))) {
    throw new Error(`No staged geodata at ${dir} (set SHARED_DIR to the folder that holds geodata/)`);
  }
  return dir;
}

export type Props = Record<string, unknown>;
export type SourceFeature = Feature<Geometry, Props>;

export function readNaturalEarth(dir: string, name: string): SourceFeature[] {
  const path = join(dir, 'ne', `${name}.geojson`);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Geometry, GeoJsonProperties>;
  return collection.features.map((f) => ({ ...f, properties: f.properties ?? {} }));
}

/** The staging cut the region at 25°W, and kept a Bering box west of the antimeridian (tiled on its own). */
const WEST_LIMIT = -25;
const BERING_EAST = -165;

function eastOfLimit(positions: Position[]): boolean {
  return positions.some((p) => (p[0] ?? 0) >= WEST_LIMIT || (p[0] ?? 0) <= BERING_EAST);
}

/** The feature without its parts west of the region, or null when nothing is left. */
export function trimToRegion(feature: SourceFeature): SourceFeature | null {
  const g = feature.geometry;
  let geometry: Geometry | null = null;
  switch (g.type) {
    case 'Point':
      geometry = eastOfLimit([g.coordinates]) ? g : null;
      break;
    case 'LineString':
      geometry = eastOfLimit(g.coordinates) ? g : null;
      break;
    case 'MultiLineString': {
      const lines = g.coordinates.filter(eastOfLimit);
      geometry = lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
      break;
    }
    case 'Polygon':
      geometry = eastOfLimit(g.coordinates[0] ?? []) ? g : null;
      break;
    case 'MultiPolygon': {
      const polygons = g.coordinates.filter((p) => eastOfLimit(p[0] ?? []));
      geometry = polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
      break;
    }
    default:
      throw new Error(`Unexpected geometry ${g.type}`);
  }
  return geometry ? { type: 'Feature', properties: feature.properties, geometry } : null;
}

/**
 * Area features without the parts the staging cut at 25°W: Greenland's east coast and the west tip of
 * Cape Verde. Drawn, their straight cut edge would read as a coast.
 */
export function withoutCutParts(features: SourceFeature[]): SourceFeature[] {
  const cut = (polygon: Position[][]) => (polygon[0] ?? []).some((p) => Math.abs((p[0] ?? 0) - WEST_LIMIT) < 0.001);
  return features.flatMap((f): SourceFeature[] => {
    const g = f.geometry;
    if (g.type === 'Polygon') return cut(g.coordinates) ? [] : [f];
    if (g.type !== 'MultiPolygon') return [f];
    const kept = g.coordinates.filter((p) => !cut(p));
    return kept.length ? [{ ...f, geometry: { type: 'MultiPolygon', coordinates: kept } }] : [];
  });
}

export function readRegion(dir: string, name: string): SourceFeature[] {
  return readNaturalEarth(dir, name)
    .map(trimToRegion)
    .filter((f): f is SourceFeature => f !== null);
}

/** Natural Earth zoom hints are for 256-pixel tiles; MapLibre vector tiles are 512 pixels, one zoom lower. */
export function mapZoom(naturalEarthZoom: unknown, fallback: number): number {
  const z = typeof naturalEarthZoom === 'number' ? naturalEarthZoom : fallback;
  return Math.max(0, Math.round((z - 1) * 10) / 10);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}

export function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

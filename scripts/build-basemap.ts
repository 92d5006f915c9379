// Builds the offline basemap: Natural Earth layers from the staged geodata, cut into vector tiles
// under public/basemap/tiles/{z}/{x}/{y}.pbf, plus public/basemap/metadata.json.
// Usage: npm run basemap   (SHARED_DIR=/path/to/shared to read the staged data from elsewhere)
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BASEMAP_BOUNDS,
  BASEMAP_MAXZOOM,
  BERING_BOUNDS,
  BASEMAP_MINZOOM,
  mercatorUnit,
  tileRange,
} from '../src/layers/basemap-tiles';
import { boundaries, countries, places, railways } from './basemap/cultural';
import { countryLabels, seaLabels } from './basemap/labels';
import { lakes, land, rivers } from './basemap/physical';
import { geodataDir, REPO_ROOT } from './basemap/source';
import { cutTiles, type TileLayerInput } from './basemap/tiles';

const OUT = join(REPO_ROOT, 'public/basemap');
const TILES = join(OUT, 'tiles');

const dir = geodataDir();
// Shapes: a 4-px buffer joins lines and fills across tile edges; half-pixel simplification. Country
// polygons only tint the land under 10m boundary lines, so they can be coarser. Label points need neither.
const shape = { buffer: 32, keepMinzoom: false, tolerance: 4 };
const label = { buffer: 0, keepMinzoom: true, tolerance: 4 };
const layers: TileLayerInput[] = [
  { name: 'land', features: land(dir), ...shape },
  { name: 'countries', features: countries(dir), ...shape, tolerance: 10 },
  { name: 'lakes', features: lakes(dir), ...shape },
  { name: 'rivers', features: rivers(dir), ...shape },
  { name: 'railways', features: railways(dir), ...shape },
  { name: 'boundaries', features: boundaries(dir), ...shape },
  { name: 'places', features: places(dir), ...label },
  { name: 'country_labels', features: countryLabels(dir), ...label },
  { name: 'sea_labels', features: seaLabels(dir), ...label },
];

rmSync(TILES, { recursive: true, force: true });
const sizes = new Map<string, Uint8Array>();
let count = 0;
for (const tile of cutTiles(layers)) {
  const folder = join(TILES, String(tile.z), String(tile.x));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${tile.y}.pbf`), tile.data);
  sizes.set(`${tile.z}/${tile.x}/${tile.y}`, tile.data);
  count++;
}

const metadata = {
  name: 'Corridor Atlas basemap',
  format: 'pbf',
  scheme: 'xyz',
  tiles: ['tiles/{z}/{x}/{y}.pbf'],
  bounds: BASEMAP_BOUNDS,
  // Land east of 180° (Chukotka, the Bering Strait), in the same tile tree, drawn by a second source.
  bering_bounds: BERING_BOUNDS,
  minzoom: BASEMAP_MINZOOM,
  maxzoom: BASEMAP_MAXZOOM,
  attribution: 'Natural Earth (public domain); country names: Unicode CLDR',
  vector_layers: layers.map((l) => ({ id: l.name, fields: fieldsOf(l) })),
  tile_count: count,
};
writeFileSync(join(OUT, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');

function fieldsOf(layer: TileLayerInput): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const f of layer.features) {
    for (const [key, value] of Object.entries(f.properties)) {
      if ((key === 'minzoom' && !layer.keepMinzoom) || value === undefined || value === null) continue;
      fields[key] = typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String';
    }
  }
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
}

/** The tiles MapLibre loads for the opening view: z3 centred on 70°E 45°N in a 1280×800 viewport. */
function firstViewTiles(): string[] {
  const z = 3;
  const world = 512 * 2 ** z;
  const [ux, uy] = mercatorUnit(70, 45);
  const [cx, cy] = [ux * world, uy * world];
  const { minX, maxX, minY, maxY } = tileRange(z);
  const keys: string[] = [];
  for (let x = Math.floor((cx - 640) / 512); x <= Math.floor((cx + 639) / 512); x++) {
    for (let y = Math.floor((cy - 400) / 512); y <= Math.floor((cy + 399) / 512); y++) {
      if (x >= minX && x <= maxX && y >= minY && y <= maxY) keys.push(`${z}/${x}/${y}`);
    }
  }
  return keys;
}

function folderBytes(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? folderBytes(join(path, entry.name)) : statSync(join(path, entry.name)).size),
    0,
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const first = firstViewTiles();
const raw = first.reduce((s, k) => s + (sizes.get(k)?.length ?? 0), 0);
const gz = first.reduce((s, k) => s + gzipSync(sizes.get(k) ?? new Uint8Array(0), { level: 9 }).length, 0);
for (const l of layers) console.log(`${l.name.padEnd(15)} ${l.features.length} features`);
for (let z = BASEMAP_MINZOOM; z <= BASEMAP_MAXZOOM; z++) {
  const tiles = [...sizes].filter(([k]) => k.startsWith(`${z}/`));
  console.log(`z${z}: ${tiles.length} tiles, ${kb(tiles.reduce((s, [, d]) => s + d.length, 0))}`);
}
console.log(`${count} tiles; public/basemap ${(folderBytes(OUT) / 1048576).toFixed(2)} MiB`);
console.log(`first view (z3 at 70E 45N, 1280x800): ${first.length} tiles, ${kb(raw)} raw, ${kb(gz)} gzip`);

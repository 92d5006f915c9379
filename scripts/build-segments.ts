// Builds geo/segments.geojson from the hand-written definitions in geo/segments.src.json: each leg is traced
// along its network (Natural Earth railways, marnet sea lanes, the drawn lines of geo/lines/), checked against
// Natural Earth land, rounded to 5 decimals and written only when every leg passes.
// Usage: npx tsx scripts/build-segments.ts [--check]   (--check traces and checks without writing)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { DefinitionFile, segmentId, type SegmentDefinition } from './trace/definition';
import { drawnLines, loadNetworks, readCollection } from './trace/networks';
import { LandIndex } from './trace/land';
import { wrongSide, landPenalty, DEFAULT_CHECK } from './trace/checks';
import { traceSegment, type TraceContext, type TracedSegment } from './trace/trace-segment';
import { nearPassage, readPassages } from './trace/passages';
import type { Pos } from './trace/grid';

const root = join(import.meta.dirname, '..');
/** A sea leg may clip the generalised coastline this much (the validation allows the same). */
const SEA_TOLERANCE_KM = 1;
const shared = join(root, '..', 'shared', 'geodata');
const geo = join(root, 'geo');
const firstExisting = (...paths: string[]): string => paths.find((p) => existsSync(p)) ?? paths[paths.length - 1]!;

const paths = {
  definitions: join(geo, 'segments.src.json'),
  nodes: join(geo, 'nodes.geojson'),
  out: join(geo, 'segments.geojson'),
  linesDir: join(geo, 'lines'),
  railroads: firstExisting(
    join(geo, 'ref', 'ne_10m_railroads.geojson'),
    join(shared, 'ne', 'ne_10m_railroads.geojson'),
  ),
  marnet: firstExisting(
    join(geo, 'ref', 'marnet_plus_20km_eurasia.geojson'),
    join(shared, 'marnet', 'marnet_plus_20km_eurasia.geojson'),
  ),
  land: firstExisting(join(geo, 'ref', 'ne_10m_land.geojson'), join(shared, 'ne', 'ne_10m_land.geojson')),
  passages: join(geo, 'ref', 'waterways.geojson'),
};

function nodePositions(): Map<string, Pos> {
  const fc = readCollection(paths.nodes) as FeatureCollection<Point>;
  return new Map(fc.features.map((f) => [String(f.properties?.id), f.geometry.coordinates as Pos]));
}

/** The feature as the schema orders it: identity, classification, time, geometry provenance, ends, facts. */
function feature(def: SegmentDefinition, t: TracedSegment) {
  const sources = [...new Set([...def.sources, ...t.geometrySources])];
  const properties = {
    id: segmentId(def),
    corridors: def.corridors,
    mode: def.mode,
    ...(def.gauge !== undefined && { gauge: def.gauge }),
    status: def.status,
    ...(def.opened !== undefined && { opened: def.opened }),
    ...(def.planned !== undefined && { planned: def.planned }),
    ...(def.season && { season: def.season }),
    precision: t.precision,
    geometrySource: t.geometrySource,
    from: def.from,
    to: def.to,
    ...(def.lengthKm && { lengthKm: def.lengthKm }),
    ...(def.hours && { hours: def.hours }),
    ...(def.names && { names: def.names }),
    figures: def.figures ?? [],
    sources,
  };
  return { type: 'Feature' as const, properties, geometry: { type: 'LineString' as const, coordinates: t.coords } };
}

async function serialise(value: unknown): Promise<string> {
  const formatter = join(root, 'src', 'data', 'format.ts');
  if (existsSync(formatter)) {
    const mod = (await import(formatter)) as { formatDataFile?: (v: unknown) => string };
    if (mod.formatDataFile) return mod.formatDataFile(value);
  }
  return JSON.stringify(value, null, 2) + '\n';
}

async function main(): Promise<void> {
  const defs = DefinitionFile.parse(JSON.parse(readFileSync(paths.definitions, 'utf8'))).segments;
  const drawn = drawnLines(paths.linesDir);
  const passages = readPassages(paths.passages);
  const inPassage = nearPassage(passages);
  const land = new LandIndex(readCollection(paths.land).features as never);
  const networks = loadNetworks(paths, drawn, landPenalty(land, SEA_TOLERANCE_KM, inPassage), passages);
  for (const [id, p] of passages) {
    if (drawn.has(id)) throw new Error(`waterway ${id} has the id of a drawn line`);
    drawn.set(id, p);
  }
  const ctx: TraceContext = { nodes: nodePositions(), networks, drawn };
  const problems: string[] = [];
  const features = [];
  const seen = new Set<string>();
  for (const def of defs) {
    const id = segmentId(def);
    if (def.disabled) {
      console.log(`${id.padEnd(48)} left out: ${def.disabled}`);
      continue;
    }
    if (seen.has(id)) problems.push(`${id}: defined twice`);
    seen.add(id);
    try {
      const t = traceSegment(def, ctx);
      const water = def.mode === 'sea' || def.mode === 'ferry';
      const tolerance = water
        ? { ...DEFAULT_CHECK, coastToleranceKm: def.mode === 'ferry' ? 0 : SEA_TOLERANCE_KM }
        : DEFAULT_CHECK;
      const bad = wrongSide(t.coords, water, land, tolerance, inPassage);
      if (bad.length)
        problems.push(
          `${id}: ${bad.length} samples on ${water ? 'land' : 'water'}, e.g. ${bad.slice(0, 3).join('; ')}`,
        );
      console.log(
        `${id.padEnd(48)} ${t.km.toFixed(0).padStart(6)} km  ${t.precision.padEnd(9)} ${t.geometrySource}` +
          (t.connectorKm > 1 ? `  (connectors ${t.connectorKm.toFixed(0)} km)` : ''),
      );
      features.push(feature(def, t));
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  if (process.argv.includes('--check')) return;
  writeFileSync(paths.out, await serialise({ type: 'FeatureCollection', features }));
  console.log(`\nwrote ${features.length} segments to ${paths.out}`);
}

await main();

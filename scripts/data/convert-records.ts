// One-off: writes every record held as TypeScript (scripts/data/*.ts, src/routing/param-sources.ts) and every
// corridor of geo/corridors.json as one JSON file under geo/records/. Node and project positions keep the recipe
// they were made from (a border snap, a node, a Natural Earth place), recorded by the helpers while they ran.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatDataFile } from '../../src/data/format';
import { NodeRecord, ProjectRecord, RECORD_KINDS, SourceRecord, CorridorRecord } from '../../src/data/records';
import { ROUTING_SOURCES } from '../../src/routing/param-sources';
import type { z } from 'zod';
import { eastCrossings } from './nodes-crossings-east';
import { eurasiaCrossings } from './nodes-crossings-eurasia';
import { westCrossings } from './nodes-crossings-west';
import { cities } from './nodes-cities';
import { ports } from './nodes-ports';
import { terminals } from './nodes-terminals';
import { locate, type NodeSpec, type Where } from './node-kit';
import { provenance, type ProjectGeometry } from './project-kit';
import { centres } from './projects-centres';
import { gasNorth } from './projects-gas-north';
import { gasUkraine } from './projects-gas-ukraine';
import { industry } from './projects-industry';
import { transportEnergy } from './projects-transport-energy';
import { REPO_ROOT, type LonLat } from './reference';
import { datasets, seeds } from './sources-base';
import { lineRefs } from './sources-lines';
import { linkRefs } from './sources-links';
import { networkRefs } from './sources-network';
import { pipelineRefs } from './sources-pipelines';
import { placeRefs } from './sources-places';
import { projectRefs } from './sources-projects';
import { articles, wikipedia } from './sources-refs';

const records = resolve(REPO_ROOT, 'geo', 'records');

function write(kind: keyof typeof RECORD_KINDS, folder: string, record: Record<string, unknown>, schema: z.ZodObject) {
  const rel = `${kind}/${folder ? `${folder}/` : ''}${String(record.id)}.json`;
  const depth = rel.split('/').length;
  const ordered: Record<string, unknown> = { $schema: `${'../'.repeat(depth)}schema/${RECORD_KINDS[kind].jsonSchema}` };
  const keys = ['id', 'kind', ...Object.keys(schema.shape)];
  for (const key of keys) if (record[key] !== undefined && !(key in ordered)) ordered[key] = record[key];
  const unknown = Object.keys(record).filter((k) => !(k in ordered));
  if (unknown.length) throw new Error(`${rel}: fields the record schema lacks: ${unknown.join(', ')}`);
  const parsed = schema.safeParse(ordered);
  if (!parsed.success) throw new Error(`${rel}: ${parsed.error.message}`);
  const path = resolve(records, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatDataFile(ordered));
}

// Sources.
const sources = [
  ...seeds,
  ...datasets,
  ...wikipedia,
  ...articles,
  ...projectRefs,
  ...networkRefs,
  ...lineRefs,
  ...linkRefs,
  ...placeRefs,
  ...pipelineRefs,
  ...ROUTING_SOURCES,
];
for (const s of sources) write('sources', s.kind, { ...s }, SourceRecord);

// Corridors, as edited by hand so far.
const corridors = JSON.parse(readFileSync(resolve(REPO_ROOT, 'geo', 'corridors.json'), 'utf8')) as {
  corridors: Record<string, unknown>[];
};
for (const c of corridors.corridors) write('corridors', '', c, CorridorRecord);

// Nodes: a lookup in a staged dataset keeps its key and the point it gave, so a clone alone can build.
function withPoint(where: Where): Record<string, unknown> {
  if ('border' in where || 'coast' in where || 'ref' in where || 'geonames' in where) return { ...where };
  return { ...where, at: locate(where).at };
}
const specs: NodeSpec[] = [...westCrossings, ...eastCrossings, ...eurasiaCrossings, ...ports, ...terminals, ...cities];
const specIds = new Set(specs.map((s) => s.id));
for (const { where, ...spec } of specs)
  write('nodes', spec.countries[0]!.toLowerCase(), { ...spec, where: withPoint(where) }, NodeRecord);

// Nodes other tools appended to nodes.geojson (segment junctions): coordinates from their `located` source.
const built = JSON.parse(readFileSync(resolve(REPO_ROOT, 'geo', 'nodes.geojson'), 'utf8')) as {
  features: { geometry: { coordinates: LonLat }; properties: Record<string, unknown> & { countries: string[] } }[];
};
for (const f of built.features) {
  const { located, ...props } = f.properties;
  if (specIds.has(String(props.id))) continue;
  write(
    'nodes',
    props.countries[0]!.toLowerCase(),
    { ...props, where: { ref: located, at: f.geometry.coordinates } },
    NodeRecord,
  );
}

// Projects: each position says where it came from.
function place(p: LonLat): Record<string, unknown> {
  const tag = provenance.get(p) as Record<string, unknown> | undefined;
  return tag && !('seaLane' in tag) ? tag : { at: [...p] };
}
function projectWhere(g: ProjectGeometry): Record<string, unknown> {
  if (g.type === 'Point') return { point: place(g.coordinates) };
  if (g.type === 'MultiPoint') return { points: g.coordinates.map(place) };
  const lanes = new Set(g.coordinates.map((p) => provenance.get(p) as { seaLane?: LonLat[] } | undefined));
  const lane = lanes.size === 1 ? [...lanes][0] : undefined;
  if (lane?.seaLane) return { seaLane: lane.seaLane.map(place) };
  for (const l of lanes) if (l?.seaLane) throw new Error('a line mixing a sea lane with other positions');
  return { line: g.coordinates.map(place) };
}
const projects = [...transportEnergy(), ...gasNorth(), ...gasUkraine(), ...industry(), ...centres()];
for (const { geometry, ...spec } of projects)
  write('projects', spec.countries[0]!.toLowerCase(), { ...spec, where: projectWhere(geometry) }, ProjectRecord);

console.log(
  `wrote ${sources.length} sources, ${corridors.corridors.length} corridors, ${built.features.length} nodes, ${projects.length} projects`,
);

// Writes geo/nodes.geojson from the node specs. Nodes that other tools appended to the file (ids not in
// the specs, e.g. segment junctions) are kept as they are. Prints how far each crossing was moved onto
// its border and how far each seaport lies from the coast, so the derivation stays reviewable.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { NodeProps } from '../../src/data/schema';
import { coastDistance } from './border';
import { locate, type NodeSpec } from './node-kit';
import { eastCrossings } from './nodes-crossings-east';
import { eurasiaCrossings } from './nodes-crossings-eurasia';
import { westCrossings } from './nodes-crossings-west';
import { cities } from './nodes-cities';
import { ports } from './nodes-ports';
import { terminals } from './nodes-terminals';
import { hubs } from './nodes-hubs';
import { REPO_ROOT } from './reference';
import { writeGeoFile } from './write-geo';

const specs: NodeSpec[] = [...westCrossings, ...eastCrossings, ...eurasiaCrossings, ...ports, ...terminals, ...cities, ...hubs];
const file = resolve(REPO_ROOT, 'geo', 'nodes.geojson');

const ids = new Set<string>();
const features = specs.map(({ where, ...spec }) => {
  if (ids.has(spec.id)) throw new Error(`duplicate node id ${spec.id}`);
  ids.add(spec.id);
  const loc = locate(where);
  const sources = [...new Set([...spec.sources, loc.located, ...loc.extra])];
  const props = NodeProps.parse({ ...spec, sources, located: loc.located });
  if (loc.movedKm !== undefined) console.log(`${spec.id}: moved ${loc.movedKm.toFixed(2)} km onto ${loc.located}`);
  if (spec.kind === 'seaport') {
    const c = coastDistance(loc.at);
    console.log(`${spec.id}: ${c.km.toFixed(2)} km from the NE coastline (${c.onLand ? 'on land' : 'in water'})`);
  }
  return { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: loc.at }, properties: props };
});

const previous: FeatureCollection = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection)
  : { type: 'FeatureCollection', features: [] };
const kept = previous.features.filter((f) => !ids.has(String(f.properties?.id)));
if (kept.length)
  console.log(`kept ${kept.length} node(s) written by other tools: ${kept.map((f) => f.properties?.id).join(', ')}`);

await writeGeoFile(file, { type: 'FeatureCollection', features: [...features, ...kept] });
console.log(`wrote ${features.length + kept.length} nodes to geo/nodes.geojson`);

// Writes geo/projects.geojson from the project specs (run build-nodes first: project points reuse node
// positions). Every record is parsed with the schema before it is written.
import { resolve } from 'node:path';
import { ProjectProps } from '../../src/data/schema';
import { centres } from './projects-centres';
import { gasNorth } from './projects-gas-north';
import { gasUkraine } from './projects-gas-ukraine';
import { industry } from './projects-industry';
import { transportEnergy } from './projects-transport-energy';
import { REPO_ROOT } from './reference';
import { writeGeoFile } from './write-geo';

const specs = [...transportEnergy(), ...gasNorth(), ...gasUkraine(), ...industry(), ...centres()];
const ids = new Set<string>();
const features = specs.map(({ geometry, ...spec }) => {
  if (ids.has(spec.id)) throw new Error(`duplicate project id ${spec.id}`);
  ids.add(spec.id);
  const sources = [...new Set([...spec.sources, spec.located])];
  return { type: 'Feature' as const, geometry, properties: ProjectProps.parse({ ...spec, sources }) };
});
await writeGeoFile(resolve(REPO_ROOT, 'geo', 'projects.geojson'), { type: 'FeatureCollection', features });
console.log(`wrote ${features.length} projects to geo/projects.geojson`);

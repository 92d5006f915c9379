// Writes geo/sources.json from the seed, dataset and reference lists, checking ids are unique.
import { resolve } from 'node:path';
import { Source } from '../../src/data/schema';
import { REPO_ROOT } from './reference';
import { datasets, seeds } from './sources-base';
import { networkRefs } from './sources-network';
import { projectRefs } from './sources-projects';
import { articles, wikipedia } from './sources-refs';
import { writeGeoFile } from './write-geo';

const all = [...seeds, ...datasets, ...wikipedia, ...articles, ...projectRefs, ...networkRefs].map((s) =>
  Source.parse(s),
);
const seen = new Set<string>();
for (const s of all) {
  if (seen.has(s.id)) throw new Error(`duplicate source id ${s.id}`);
  seen.add(s.id);
}
await writeGeoFile(resolve(REPO_ROOT, 'geo', 'sources.json'), { sources: all });
console.log(`wrote ${all.length} sources to geo/sources.json`);

// `npm run format:data`: rewrites every data file of geo/ (and geo/stories/*.json) in the canonical format,
// so `npm run validate` stops reporting formatting and diffs show only real changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDataFile } from '../src/data/format';
import { loadGeoDir } from '../src/validate/geo-dir';

const geo = fileURLToPath(new URL('../geo/', import.meta.url));
let changed = 0;
for (const name of Object.keys(loadGeoDir(geo)).sort()) {
  const path = join(geo, name);
  // Read again right before writing: another edit may have landed since the directory was listed.
  const text = readFileSync(path, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    console.error(`${name}: not valid JSON, left as it is (${e instanceof Error ? e.message : String(e)})`);
    process.exitCode = 1;
    continue;
  }
  const canonical = formatDataFile(value);
  if (canonical === text) continue;
  writeFileSync(path, canonical);
  changed++;
  console.log(`formatted ${name}`);
}
console.log(changed ? `${changed} file${changed === 1 ? '' : 's'} rewritten` : 'all geo/ files already canonical');

// `npm run format:data`: rewrites every data file of geo/ (the records of geo/records/, the generated files and
// geo/stories/*.json) in the canonical format, so validation stops reporting formatting and diffs show only real
// changes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDataFile } from '../src/data/format';
import { loadGeoDir } from '../src/validate/geo-dir';

const geo = fileURLToPath(new URL('../geo/', import.meta.url));

function recordFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? recordFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

const names = [...Object.keys(loadGeoDir(geo)), ...recordFiles(join(geo, 'records')).map((p) => relative(geo, p))];
let changed = 0;
for (const name of names.sort()) {
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

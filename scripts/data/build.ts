// `npm run data`: rebuilds every generated file of geo/ from the records of geo/records/ and validates everything.
// Nothing is written unless the records build and the result validates. Re-tracing the segments (and the sea
// lanes of undersea pipelines) needs ../shared/geodata; without it those steps are skipped, saying so, and the
// lines last traced are kept. Flags: --verbose prints every derived value; --no-trace skips re-tracing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatIssue } from '../../src/data/parse';
import { loadGeoDir, loadReference, summarize, validateTexts } from '../../src/validate/geo-dir';
import { recordJsonSchemas } from './json-schema';
import { runPipeline, type GeneratedFile } from './pipeline';
import { GEODATA, hasGeodata, REPO_ROOT } from './reference';

const geo = join(REPO_ROOT, 'geo');
const verbose = process.argv.includes('--verbose');
const geodata = hasGeodata();
const trace = geodata && !process.argv.includes('--no-trace');

function fail(issues: { file: string }[], lines: string[]): never {
  for (const l of lines) console.error(l);
  const files = new Set(issues.map((i) => i.file));
  console.error(
    `\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}; nothing was written.`,
  );
  process.exit(1);
}

const result = runPipeline(REPO_ROOT, geodata);
if (verbose) for (const l of result.log) console.log(l);
if (result.issues.length) fail(result.issues, result.issues.map(formatIssue));

let written = 0;
const outputs: [string, string][] = [
  ...(Object.entries(result.generated) as [GeneratedFile, string][]),
  ...Object.entries(recordJsonSchemas()).map(([file, text]): [string, string] => [`schema/${file}`, text]),
];
for (const [file, text] of outputs) {
  const path = join(geo, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  written++;
  console.log(`wrote geo/${file}`);
}
const counts = ['sources', 'corridors', 'nodes', 'projects'] as const;
console.log(
  `built ${counts.map((k) => `${result.recs[k].length} ${k}`).join(', ')} from geo/records/; ${written} file${written === 1 ? '' : 's'} changed`,
);

if (!trace) {
  console.log(
    geodata
      ? 'skipped: re-tracing segments (--no-trace)'
      : `skipped: re-tracing segments and sea lanes needs the staged geodata (${resolve(GEODATA)} is absent); geo/segments.geojson and the pipelines' sea lanes are kept as last traced`,
  );
  console.log(`geo/ is valid: ${result.summary}`);
} else {
  console.log('re-tracing segments on ../shared/geodata (npm run segments)…');
  execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'build-segments.ts')], {
    stdio: verbose ? 'inherit' : ['ignore', 'ignore', 'inherit'],
  });
  const final = validateTexts(loadGeoDir(geo), loadReference(geo));
  if (final.issues.length) fail(final.issues, final.issues.map(formatIssue));
  console.log(`geo/ is valid: ${summarize(final.files)}`);
}

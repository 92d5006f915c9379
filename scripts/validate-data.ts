// `npm run validate`: checks every record of geo/records/ on its own (JSON, schema, formatting, file name, ids) and
// every file of geo/ together, and prints one line per problem, or one summary line. `npm run data` rebuilds the
// generated files first; this only reads.
import { fileURLToPath } from 'node:url';
import { formatIssue } from '../src/data/parse';
import { loadGeoDir, loadReference, summarize, validateTexts } from '../src/validate/geo-dir';
import { readRecords } from './data/records-io';

const root = fileURLToPath(new URL('../', import.meta.url));
const geo = fileURLToPath(new URL('../geo/', import.meta.url));
const started = performance.now();
const records = readRecords(root);
const { issues: fileIssues, files } = validateTexts(loadGeoDir(geo), loadReference(geo));
const issues = [...records.issues, ...fileIssues];
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (issues.length) {
  for (const issue of issues) console.error(formatIssue(issue));
  const byFile = new Map<string, number>();
  for (const i of issues) byFile.set(i.file, (byFile.get(i.file) ?? 0) + 1);
  const list = [...byFile].map(([f, n]) => `${f} ${n}`).join(', ');
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in geo/ (${list}) — ${seconds} s`);
  process.exitCode = 1;
} else {
  console.log(`geo/ is valid: ${records.fileOf.size} record files; ${summarize(files)} — ${seconds} s`);
}

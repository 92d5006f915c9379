// The one check of geo/: schema first, then the rules the schema cannot express. Used by `npm run validate`
// and by the tests; reads files only in loadGeoDir/loadReference so the checks themselves stay pure.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { BORDER_FILE } from '../data/countries-along';
import { formattingProblem } from '../data/format';
import { parseDataFile, parseJsonText, type DataIssue } from '../data/parse';
import { DATA_FILES, type DataFileName } from '../data/schema';
import type { ParsedFiles, Rule, RuleContext } from '../data/rules/context';
import { uniqueIds } from '../data/rules/ids';
import { references } from '../data/rules/references';
import { geometry } from '../data/rules/geometry';
import { records } from '../data/rules/records';
import { places } from '../data/rules/places';
import { legs } from '../data/rules/legs';
import { scripts } from '../data/rules/scripts';
import { sameAddress, sourceDates } from '../data/rules/sources';
import { cycles } from '../data/rules/cycles';
import { buildReference, type Reference } from '../data/rules/reference';
import { refsFromParsed } from '../story/refs';
import { validateStory } from '../story/validate';

export const RULES: Rule[] = [
  uniqueIds,
  references,
  cycles,
  geometry,
  records,
  scripts,
  sameAddress,
  sourceDates,
  places,
  legs,
];

/** The text of each geo/ file by its name relative to geo/ (e.g. "stories/silk-road.json"); undefined = missing. */
export type GeoTexts = Partial<Record<string, string>>;

export const REF_FILES = {
  land: 'ref/ne_10m_land.geojson',
  borders: BORDER_FILE,
  rivers: 'ref/ne_10m_rivers.geojson',
  waterways: 'ref/waterways.geojson',
} as const;

export interface ValidationResult {
  issues: DataIssue[];
  files: ParsedFiles;
}

/** Checks a file's text against the canonical formatting; returns the parsed JSON when it is JSON at all. */
function readText(file: string, text: string | undefined, issues: DataIssue[]): unknown {
  if (text === undefined) {
    issues.push({ file, path: '', message: 'file is missing' });
    return undefined;
  }
  const json = parseJsonText(file, text);
  if (!json.ok) {
    issues.push(json.issue);
    return undefined;
  }
  const formatting = formattingProblem(text, json.value);
  if (formatting) issues.push({ file, path: '', message: formatting });
  return json.value;
}

export function validateTexts(texts: GeoTexts, ref: Reference, thisYear = new Date().getFullYear()): ValidationResult {
  const issues: DataIssue[] = [];
  const files = {} as Record<DataFileName, unknown>;
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    const raw = readText(file, texts[file], issues);
    const parsed = parseDataFile(file, raw);
    if (raw !== undefined) issues.push(...parsed.issues);
    files[file] = parsed;
  }
  // A file that cannot be read at all (missing, not JSON, no list of records) is the one root error: checks across
  // files would only repeat it as a hundred references to records that seem not to exist.
  if ((Object.values(files) as ParsedFiles[keyof ParsedFiles][]).some((f) => !f.usable))
    return { issues, files: files as unknown as ParsedFiles };
  // Stories: the story schema, and every id a scene names checked against the records above.
  const storyRefs = refsFromParsed(files as unknown as ParsedFiles);
  for (const file of Object.keys(texts)
    .filter((f) => f.startsWith('stories/'))
    .sort()) {
    const raw = readText(file, texts[file], issues);
    if (raw !== undefined) issues.push(...validateStory(file, raw, storyRefs));
  }
  const ctx: RuleContext = { files: files as unknown as ParsedFiles, ref, thisYear };
  for (const rule of RULES) issues.push(...rule(ctx));
  return { issues, files: ctx.files };
}

/** Reads the data files and stories of a geo/ directory. */
export function loadGeoDir(dir: string): GeoTexts {
  const texts: GeoTexts = {};
  for (const file of Object.keys(DATA_FILES)) {
    const path = join(dir, file);
    if (existsSync(path)) texts[file] = readFileSync(path, 'utf8');
  }
  const stories = join(dir, 'stories');
  if (existsSync(stories))
    for (const f of readdirSync(stories).filter((n) => n.endsWith('.json')))
      texts[`stories/${f}`] = readFileSync(join(stories, f), 'utf8');
  return texts;
}

export function loadReference(dir: string): Reference {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection;
  const waterways = existsSync(join(dir, REF_FILES.waterways)) ? read(REF_FILES.waterways) : undefined;
  return buildReference(read(REF_FILES.land), read(REF_FILES.borders), read(REF_FILES.rivers), waterways);
}

/** One line for a clean run: how many records of each kind passed. */
export function summarize(files: ParsedFiles): string {
  const count = (list: string[]) => {
    const by = new Map<string, number>();
    for (const k of list) by.set(k, (by.get(k) ?? 0) + 1);
    return [...by]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
  };
  const nodes = files['nodes.geojson'].records.map((r) => r.value.properties.kind);
  const segments = files['segments.geojson'].records.map((r) => r.value.properties.mode);
  const projects = files['projects.geojson'].records.map((r) => r.value.properties.kind);
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [
    n(files['sources.json'].records.length, 'source'),
    n(files['corridors.json'].records.length, 'corridor'),
    `${n(nodes.length, 'node')} (${count(nodes)})`,
    `${n(segments.length, 'segment')} (${count(segments)})`,
    `${n(projects.length, 'project')} (${count(projects)})`,
  ].join('; ');
}

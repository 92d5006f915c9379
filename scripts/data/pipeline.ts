// Records → generated files → validation, in memory. `npm run data` writes the result; `npm run validate` only
// compares it with the files on disk. Problems found in a generated file are reported against the record file
// the editor touched, with the JSON path inside that record.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDataFile } from '../../src/data/format';
import type { DataIssue } from '../../src/data/parse';
import { loadGeoDir, loadReference, summarize, validateTexts, type GeoTexts } from '../../src/validate/geo-dir';
import { generate, type Previous } from './generate';
import { readRecords, type LoadedRecords } from './records-io';

/** The generated files of geo/ and the record kind each is built from. */
export const GENERATED = {
  'sources.json': 'sources',
  'corridors.json': 'corridors',
  'nodes.geojson': 'nodes',
  'projects.geojson': 'projects',
} as const;
export type GeneratedFile = keyof typeof GENERATED;

interface Listed {
  sources?: { id: string }[];
  corridors?: { id: string }[];
  features?: { properties?: { id?: string }; geometry?: unknown }[];
}

function readJson(path: string): Listed {
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Listed;
  } catch {
    return {};
  }
}

export function readPrevious(geo: string): Previous {
  const ids = (list: { id?: string }[] | undefined) => (list ?? []).map((x) => String(x.id));
  const features = (file: string) => readJson(join(geo, file)).features ?? [];
  return {
    sources: ids(readJson(join(geo, 'sources.json')).sources),
    corridors: ids(readJson(join(geo, 'corridors.json')).corridors),
    nodes: ids(features('nodes.geojson').map((f) => f.properties ?? {})),
    projects: ids(features('projects.geojson').map((f) => f.properties ?? {})),
    projectGeometry: new Map(features('projects.geojson').map((f) => [String(f.properties?.id), f.geometry])),
  };
}

const RECORD_PATH = [
  {
    at: /^features\[\d+\]\.geometry(?:\..*)?$/,
    to: () => 'where',
    note: ' (in the geometry the build made from `where`)',
  },
  { at: /^features\[\d+\]\.properties\.located$/, to: () => 'where', note: ' (the source of the point `where` gives)' },
  { at: /^features\[\d+\]\.properties\.?(.*)$/, to: (m: RegExpExecArray) => m[1] ?? '', note: '' },
  { at: /^(?:sources|corridors)\[\d+\]\.?(.*)$/, to: (m: RegExpExecArray) => m[1] ?? '', note: '' },
];

/** A message that names another record by its place in a generated file ("x" (sources[3])) names its file. */
function otherRecordFiles(message: string, recs: LoadedRecords): string {
  return message.replace(/"([^"]+)" \((?:sources|corridors|features)\[\d+\]\)/g, (all, id: string) => {
    const file = recs.fileOf.get(id);
    return file ? `"${id}" (${file})` : all;
  });
}

/** An issue in a generated file, told against the record file it came from. */
export function toRecordIssue(issue: DataIssue, recs: LoadedRecords): DataIssue {
  if (!(issue.file in GENERATED) || !issue.recordId) return issue;
  const file = recs.fileOf.get(issue.recordId);
  if (!file) return issue;
  const message = otherRecordFiles(issue.message, recs);
  for (const rule of RECORD_PATH) {
    const m = rule.at.exec(issue.path);
    if (m) return { ...issue, file, path: rule.to(m), message: `${message}${rule.note}` };
  }
  return { ...issue, file, message };
}

export interface PipelineResult {
  recs: LoadedRecords;
  /** The canonical text of each generated file, when the records could be built. */
  generated: Partial<Record<GeneratedFile, string>>;
  issues: DataIssue[];
  log: string[];
  notes: string[];
  /** One line on what passed, for a clean run. */
  summary?: string;
}

/** Reads the records, builds the generated files and validates them together with the rest of geo/. */
export function runPipeline(root: string, geodata: boolean): PipelineResult {
  const geo = join(root, 'geo');
  const recs = readRecords(root);
  if (recs.issues.length) return { recs, generated: {}, issues: recs.issues, log: [], notes: [] };
  const built = generate(recs, readPrevious(geo), geodata);
  if (built.issues.length) return { recs, generated: {}, issues: built.issues, log: built.log, notes: built.notes };
  const generated: Partial<Record<GeneratedFile, string>> = {};
  for (const [file, kind] of Object.entries(GENERATED) as [GeneratedFile, (typeof GENERATED)[GeneratedFile]][])
    generated[file] = formatDataFile(built[kind]);
  const texts: GeoTexts = { ...loadGeoDir(geo), ...generated };
  const checked = validateTexts(texts, loadReference(geo));
  const issues = checked.issues.map((i) => toRecordIssue(i, recs));
  if (issues.length) return { recs, generated: {}, issues, log: built.log, notes: built.notes };
  return { recs, generated, issues, log: built.log, notes: built.notes, summary: summarize(checked.files) };
}

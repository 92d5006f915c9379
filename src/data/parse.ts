// Turns the raw JSON of geo/ into a typed Dataset, or into errors that name the file and the JSON path.
import type { z } from 'zod';
import { jsonErrorOffset, lineColumn } from './json-where';
import {
  Corridor,
  DATA_FILES,
  NodeFeature,
  ProjectFeature,
  SegmentFeature,
  Source,
  type DataFileName,
  type Dataset,
} from './schema';

export interface DataIssue {
  file: string;
  /** The record the problem is in, when it has one. */
  recordId?: string;
  /** JSON path inside the file, e.g. features[3].properties.sides[0].gauge */
  path: string;
  message: string;
}

export function formatIssue(i: DataIssue): string {
  return `${i.file}${i.recordId ? ` (${i.recordId})` : ''} at ${i.path || '(root)'}: ${i.message}`;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** The id of the record a path points into, so an error says which crossing or segment is wrong. */
function recordIdAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  let cur: unknown = raw;
  let found: string | undefined;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') break;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
    if (cur && typeof cur === 'object') {
      const o = cur as { id?: unknown; properties?: { id?: unknown } };
      if (typeof o.id === 'string') found = o.id;
      else if (o.properties && typeof o.properties.id === 'string') found = o.properties.id;
    }
  }
  return found;
}

type ZodIssue = z.ZodError['issues'][number];
const listed = (values: readonly unknown[]) => `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
const atType = (branch: readonly ZodIssue[]) => branch.some((i) => i.path.length === 1 && i.path[0] === 'type');

/**
 * Zod reports a failed union as a bare "Invalid input". Say instead which values a union of literals allows
 * (gauges), or, for a union of geometries, what is wrong inside the one geometry type the record declares.
 */
function flatten(iss: ZodIssue, base: readonly PropertyKey[]): { path: PropertyKey[]; message: string }[] {
  const path = [...base, ...iss.path];
  if (iss.code !== 'invalid_union') return [{ path, message: iss.message }];
  const branches = iss.errors;
  const literal = (b: readonly ZodIssue[]) =>
    b.length === 1 && b[0]?.code === 'invalid_value' && b[0].path.length === 0;
  if (branches.length && branches.every(literal))
    return [{ path, message: listed(branches.flatMap((b) => (b[0]?.code === 'invalid_value' ? b[0].values : []))) }];
  const declared = branches.filter((b) => !atType(b));
  if (declared.length === 1) return (declared[0] ?? []).flatMap((i) => flatten(i, path));
  if (declared.length === 0 && branches.length) {
    const types = branches.flatMap((b) =>
      b.flatMap((i) => (i.code === 'invalid_value' && i.path[0] === 'type' ? i.values : [])),
    );
    return [{ path: [...path, 'type'], message: listed(types) }];
  }
  return [{ path, message: iss.message }];
}

export function issuesFromZod(file: string, raw: unknown, error: z.ZodError): DataIssue[] {
  return error.issues
    .flatMap((iss) => flatten(iss, []))
    .map(({ path, message }) => ({ file, recordId: recordIdAt(raw, path), path: jsonPath(path), message }));
}

/** Parses file text as JSON; a syntax error is reported with its line and column. */
export function parseJsonText(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: DataIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // V8 quotes the text around the error; the quote is cut, so it is left out of the message and the error is
    // located by line and column instead (a literal NaN has no position in V8's message at all).
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').replace(/, (?:\.\.\.)?".*$/, '');
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
    let where = '';
    if (offset !== null) {
      const { line, column } = lineColumn(text, offset);
      where = ` (line ${line}, column ${column})`;
    }
    return { ok: false, issue: { file, path: '', message: `not valid JSON${where}: ${message}` } };
  }
}

export type ParseResult = { ok: true; data: Dataset } | { ok: false; issues: DataIssue[] };

/** Schema check of every file of geo/. Cross-record rules live in validate.ts. */
export function parseDataset(raw: Record<DataFileName, unknown>): ParseResult {
  const issues: DataIssue[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    const result = DATA_FILES[file].safeParse(raw[file]);
    if (result.success) parsed[file] = result.data;
    else issues.push(...issuesFromZod(file, raw[file], result.error));
  }
  if (issues.length) return { ok: false, issues };
  const p = parsed as { [K in DataFileName]: z.infer<(typeof DATA_FILES)[K]> };
  return {
    ok: true,
    data: {
      sources: p['sources.json'].sources,
      corridors: p['corridors.json'].corridors,
      nodes: p['nodes.geojson'].features,
      segments: p['segments.geojson'].features,
      projects: p['projects.geojson'].features,
    },
  };
}

/** Where each file keeps its records, and the schema of one record. */
export const RECORD_LISTS = {
  'sources.json': { key: 'sources', item: Source },
  'corridors.json': { key: 'corridors', item: Corridor },
  'nodes.geojson': { key: 'features', item: NodeFeature },
  'segments.geojson': { key: 'features', item: SegmentFeature },
  'projects.geojson': { key: 'features', item: ProjectFeature },
} as const;

/** A record that passed the schema, with its place in the file for error paths. */
export interface Located<T> {
  index: number;
  /** JSON path of the record, e.g. features[12] */
  path: string;
  value: T;
}

export interface FileParse<T> {
  /** The file's records that pass the schema; a broken record does not hide the others from later rules. */
  records: Located<T>[];
  /** Every id written in the file, even on records that failed the schema, so references to them still resolve. */
  ids: Located<string>[];
  /** False when the file's envelope (e.g. the FeatureCollection) is unusable. */
  usable: boolean;
  issues: DataIssue[];
}

type RecordOf<F extends DataFileName> = z.infer<(typeof RECORD_LISTS)[F]['item']>;

function rawId(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const o = item as { id?: unknown; properties?: { id?: unknown } };
  if (o.properties && typeof o.properties === 'object' && typeof o.properties.id === 'string') return o.properties.id;
  return typeof o.id === 'string' ? o.id : undefined;
}

/** Schema check of one file, keeping the records that pass. */
export function parseDataFile<F extends DataFileName>(file: F, raw: unknown): FileParse<RecordOf<F>> {
  const whole = DATA_FILES[file].safeParse(raw);
  const issues = whole.success ? [] : issuesFromZod(file, raw, whole.error);
  const { key, item } = RECORD_LISTS[file];
  const list = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) return { records: [], ids: [], usable: false, issues };
  const records: Located<RecordOf<F>>[] = [];
  const ids: Located<string>[] = [];
  list.forEach((entry: unknown, index) => {
    const path = `${key}[${index}]`;
    const id = rawId(entry);
    if (id !== undefined) ids.push({ index, path, value: id });
    const one = item.safeParse(entry);
    if (one.success) records.push({ index, path, value: one.data as RecordOf<F> });
  });
  return { records, ids, usable: true, issues };
}

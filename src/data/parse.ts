// Turns the raw JSON of geo/ into a typed Dataset, or into errors that name the file and the JSON path.
import type { z } from 'zod';
import { DATA_FILES, type DataFileName, type Dataset } from './schema';

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

export function issuesFromZod(file: string, raw: unknown, error: z.ZodError): DataIssue[] {
  return error.issues.map((iss) => ({
    file,
    recordId: recordIdAt(raw, iss.path),
    path: jsonPath(iss.path),
    message: iss.message,
  }));
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

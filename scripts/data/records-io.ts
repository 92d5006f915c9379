// Reads every record file of geo/records/ and checks it on its own: JSON, canonical formatting, the record schema,
// and that the file is named after the record's id. A problem names the file the editor touched, the record and
// the JSON path inside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formattingProblem } from '../../src/data/format';
import { issuesFromZod, parseJsonText, type DataIssue } from '../../src/data/parse';
import { RECORD_KINDS, type RecordKind } from '../../src/data/records';
import type { z } from 'zod';
import { inWords } from './words';

export type RecordOfKind<K extends RecordKind> = z.infer<(typeof RECORD_KINDS)[K]['schema']>;

export interface RecordFile<T> {
  /** Path from the repository root, e.g. geo/records/nodes/chn/khorgos.json */
  file: string;
  record: T;
}

export interface LoadedRecords {
  sources: RecordFile<RecordOfKind<'sources'>>[];
  corridors: RecordFile<RecordOfKind<'corridors'>>[];
  nodes: RecordFile<RecordOfKind<'nodes'>>[];
  projects: RecordFile<RecordOfKind<'projects'>>[];
  /** Where each id was written, for the messages about duplicates and references. */
  fileOf: Map<string, string>;
  issues: DataIssue[];
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
    )
    .sort();
}

/** Reads geo/records/<kind>/**.json under the repository root. */
export function readRecords(root: string): LoadedRecords {
  const out: LoadedRecords = { sources: [], corridors: [], nodes: [], projects: [], fileOf: new Map(), issues: [] };
  for (const kind of Object.keys(RECORD_KINDS) as RecordKind[]) {
    for (const path of jsonFiles(join(root, 'geo', 'records', kind))) {
      const file = relative(root, path);
      const text = readFileSync(path, 'utf8');
      const json = parseJsonText(file, text);
      if (!json.ok) {
        out.issues.push(json.issue);
        continue;
      }
      const raw = json.value;
      const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
      const recordId = typeof rawId === 'string' ? rawId : undefined;
      const parsed = RECORD_KINDS[kind].schema.safeParse(raw, { error: inWords, reportInput: true });
      if (!parsed.success) {
        out.issues.push(...issuesFromZod(file, raw, parsed.error).map((i) => ({ ...i, recordId })));
        continue;
      }
      const formatting = formattingProblem(text, raw);
      if (formatting) out.issues.push({ file, recordId, path: '', message: formatting });
      const id = parsed.data.id;
      const expected = `${id}.json`;
      if (!path.endsWith(`/${expected}`))
        out.issues.push({
          file,
          recordId: id,
          path: 'id',
          message: `the file of record "${id}" must be named ${expected}`,
        });
      const earlier = out.fileOf.get(id);
      if (earlier) {
        out.issues.push({ file, recordId: id, path: 'id', message: `id "${id}" is already used by ${earlier}` });
        continue;
      }
      out.fileOf.set(id, file);
      (out[kind] as RecordFile<unknown>[]).push({ file, record: parsed.data });
    }
  }
  return out;
}

/**
 * Records in the order of the file they are built into, so a rebuild changes only what was edited: records the
 * file already holds keep their place, new ones follow in path order, removed ones drop out.
 */
export function inPreviousOrder<T extends { record: { id: string } }>(list: T[], previousIds: string[]): T[] {
  const place = new Map(previousIds.map((id, i) => [id, i]));
  const known = list.filter((r) => place.has(r.record.id));
  const added = list.filter((r) => !place.has(r.record.id));
  known.sort((a, b) => place.get(a.record.id)! - place.get(b.record.id)!);
  return [...known, ...added];
}

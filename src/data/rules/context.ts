// What every validation rule receives: the records that passed the schema, where they sit, and the reference geodata.
import type { DataIssue, FileParse, Located } from '../parse';
import type { Corridor, DataFileName, NodeFeature, ProjectFeature, SegmentFeature, Source } from '../schema';
import type { Reference } from './reference';

export interface ParsedFiles {
  'sources.json': FileParse<Source>;
  'corridors.json': FileParse<Corridor>;
  'nodes.geojson': FileParse<NodeFeature>;
  'segments.geojson': FileParse<SegmentFeature>;
  'projects.geojson': FileParse<ProjectFeature>;
}

export interface RuleContext {
  files: ParsedFiles;
  ref: Reference;
  /** The year "now" for status/year coherence; passed in so the rules stay pure. */
  thisYear: number;
}

export type Rule = (ctx: RuleContext) => DataIssue[];

type AnyRecord = Source | Corridor | NodeFeature | SegmentFeature | ProjectFeature;

/** An issue inside a record: `sub` is the path below the record, e.g. "properties.from". */
export function at(file: DataFileName, rec: Located<AnyRecord>, sub: string, message: string): DataIssue {
  const v = rec.value;
  const recordId = 'properties' in v ? v.properties.id : v.id;
  return { file, recordId, path: sub ? `${rec.path}.${sub}` : rec.path, message };
}

export const km = (d: number): string => `${d < 10 ? d.toFixed(1) : Math.round(d)} km`;

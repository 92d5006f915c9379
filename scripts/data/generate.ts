// The generated files of geo/ from the records: each record checked by the schema of the file it lands in, with
// the values the build derives (points from `where`, the sources those points rest on) filled in. Nothing here
// writes; build.ts validates the whole before any file is replaced.
import type { DataIssue } from '../../src/data/parse';
import { issuesFromZod } from '../../src/data/parse';
import type { ProjectPlace, ProjectWhere } from '../../src/data/records';
import { Corridor, NodeProps, ProjectProps, Source } from '../../src/data/schema';
import type { z } from 'zod';
import { coastDistance } from './border';
import { locate, lookUp } from './locate';
import { inPreviousOrder, type LoadedRecords, type RecordFile } from './records-io';
import { hasGeodata, type LonLat } from './reference';
import { seaLane } from './sea-lane';

export interface Previous {
  sources: string[];
  corridors: string[];
  nodes: string[];
  projects: string[];
  /** Project geometries as last built, kept for sea lanes when the lanes cannot be re-traced. */
  projectGeometry: Map<string, unknown>;
}

export interface Generated {
  sources: unknown;
  corridors: unknown;
  nodes: unknown;
  projects: unknown;
  issues: DataIssue[];
  /** What the build derived, one line each (snaps, coast distances, kept sea lanes). */
  log: string[];
}

type Issues = DataIssue[];
const dedupe = (ids: string[]) => [...new Set(ids)];

function parseInto<T extends z.ZodType>(schema: T, value: unknown, rec: RecordFile<{ id: string }>, issues: Issues) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as z.infer<T>;
  issues.push(...issuesFromZod(rec.file, value, parsed.error).map((i) => ({ ...i, recordId: rec.record.id })));
  return undefined;
}

/** The record without its editor-only `$schema` line. */
function withoutSchema<T extends { $schema?: string }>(r: T): Omit<T, '$schema'> {
  const rest: T = { ...r };
  delete rest.$schema;
  return rest;
}

function buildNodes(recs: LoadedRecords, prev: Previous, checkLookups: boolean, issues: Issues, log: string[]) {
  const at = new Map<string, LonLat>();
  const features = [];
  for (const rec of inPreviousOrder(recs.nodes, prev.nodes)) {
    const { where, ...fields } = withoutSchema(rec.record);
    let loc;
    try {
      loc = locate(where);
    } catch (e) {
      issues.push({ file: rec.file, recordId: fields.id, path: 'where', message: (e as Error).message });
      continue;
    }
    const found = checkLookups ? lookUp(where) : undefined;
    if (found && 'at' in where && (found.at[0] !== where.at[0] || found.at[1] !== where.at[1]))
      issues.push({
        file: rec.file,
        recordId: fields.id,
        path: 'where.at',
        message: `${found.dataset} gives [${found.at.join(', ')}], the record says [${where.at.join(', ')}]`,
      });
    if (loc.movedKm !== undefined) log.push(`${fields.id}: moved ${loc.movedKm.toFixed(2)} km onto ${loc.located}`);
    if (fields.kind === 'seaport') {
      const c = coastDistance(loc.at);
      log.push(`${fields.id}: ${c.km.toFixed(2)} km from the NE coastline (${c.onLand ? 'on land' : 'in water'})`);
    }
    const sources = dedupe([...fields.sources, loc.located, ...loc.extra]);
    const props = parseInto(NodeProps, { ...fields, sources, located: loc.located }, rec, issues);
    if (!props) continue;
    at.set(fields.id, loc.at);
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: loc.at }, properties: props });
  }
  return { fc: { type: 'FeatureCollection', features }, at };
}

function projectGeometry(
  rec: RecordFile<{ id: string }>,
  where: ProjectWhere,
  nodes: Map<string, LonLat>,
  prev: Previous,
  geodata: boolean,
  issues: Issues,
  log: string[],
): unknown {
  let ok = true;
  const pos = (p: ProjectPlace, path: string): LonLat => {
    if ('node' in p) {
      const found = nodes.get(p.node);
      if (found) return found;
      issues.push({ file: rec.file, recordId: rec.record.id, path, message: `no node record "${p.node}"` });
      ok = false;
      return [0, 0];
    }
    return [...p.at];
  };
  if ('point' in where) {
    const c = pos(where.point, 'where.point.node');
    return ok ? { type: 'Point', coordinates: c } : undefined;
  }
  if ('points' in where) {
    const c = where.points.map((p, i) => pos(p, `where.points[${i}].node`));
    return ok ? { type: 'MultiPoint', coordinates: c } : undefined;
  }
  if ('line' in where) {
    const c = where.line.map((p, i) => pos(p, `where.line[${i}].node`));
    return ok ? { type: 'LineString', coordinates: c } : undefined;
  }
  const stops = where.seaLane.map((p, i) => pos(p, `where.seaLane[${i}].node`));
  if (!ok) return undefined;
  if (geodata) return { type: 'LineString', coordinates: seaLane(...stops) };
  const kept = prev.projectGeometry.get(rec.record.id);
  if (kept) {
    log.push(`${rec.record.id}: sea lane not re-traced (needs ../shared/geodata); kept the line last built`);
    return kept;
  }
  issues.push({
    file: rec.file,
    recordId: rec.record.id,
    path: 'where.seaLane',
    message: 'a sea lane is traced on the marnet lanes of ../shared/geodata, which is not staged beside this clone',
  });
  return undefined;
}

function buildProjects(
  recs: LoadedRecords,
  nodes: Map<string, LonLat>,
  prev: Previous,
  geodata: boolean,
  issues: Issues,
  log: string[],
) {
  const features = [];
  for (const rec of inPreviousOrder(recs.projects, prev.projects)) {
    const { where, ...fields } = withoutSchema(rec.record);
    const geometry = projectGeometry(rec, where, nodes, prev, geodata, issues, log);
    const sources = dedupe([...fields.sources, fields.located]);
    const props = parseInto(ProjectProps, { ...fields, sources }, rec, issues);
    if (props && geometry) features.push({ type: 'Feature', geometry, properties: props });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * `geodata`: whether ../shared/geodata may be used (re-tracing sea lanes, re-checking lookups). Without it the
 * build still snaps crossings and moves ports (geo/ref/ suffices) and keeps the sea lanes last traced.
 */
export function generate(recs: LoadedRecords, prev: Previous, geodata = hasGeodata()): Generated {
  const issues: Issues = [];
  const log: string[] = [];
  const sources = inPreviousOrder(recs.sources, prev.sources).flatMap((rec) => {
    const s = parseInto(Source, withoutSchema(rec.record), rec, issues);
    return s ? [s] : [];
  });
  const corridors = inPreviousOrder(recs.corridors, prev.corridors).flatMap((rec) => {
    const c = parseInto(Corridor, withoutSchema(rec.record), rec, issues);
    return c ? [c] : [];
  });
  const nodes = buildNodes(recs, prev, geodata, issues, log);
  const projects = buildProjects(recs, nodes.at, prev, geodata, issues, log);
  return { sources: { sources }, corridors: { corridors }, nodes: nodes.fc, projects, issues, log };
}

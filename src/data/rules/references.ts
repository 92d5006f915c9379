// Every id a record mentions must name a record that exists, in the file where that kind of record lives.
import type { DataIssue, Located } from '../parse';
import type { DataFileName, Figure } from '../schema';
import { at, type Rule, type RuleContext } from './context';

type Target = 'source' | 'seed' | 'node' | 'corridor' | 'record';

const TARGET_FILES: Record<Target, DataFileName[]> = {
  source: ['sources.json'],
  seed: ['sources.json'],
  node: ['nodes.geojson'],
  corridor: ['corridors.json'],
  record: ['corridors.json', 'nodes.geojson', 'segments.geojson', 'projects.geojson'],
};

/** (path below the record, id, what it must name) for every reference a record holds. */
type Ref = [string, string | undefined, Target];

const figureRefs = (figures: Figure[], base: string): Ref[] =>
  figures.map((f, i): Ref => [`${base}[${i}].source`, f.source, 'source']);
const sourceRefs = (sources: string[], base: string): Ref[] =>
  sources.map((s, i): Ref => [`${base}[${i}]`, s, 'source']);

/** The fields that hold references, on whichever record kind has them. */
interface Referring {
  sources?: string[];
  figures?: Figure[];
  located?: string;
  parent?: string;
  dwellSource?: string;
  geometrySource?: string;
  from?: string;
  to?: string;
  corridors?: string[];
  investment?: Figure;
  improves?: string[];
  seed?: string[];
}

function refsOf(file: DataFileName, rec: Located<unknown>): Ref[] {
  if (file === 'sources.json') return [];
  const feature = file.endsWith('.geojson');
  const p = (feature ? (rec.value as { properties: Referring }).properties : rec.value) as Referring;
  const base = feature ? 'properties.' : '';
  const refs: Ref[] = [
    ...sourceRefs(p.sources ?? [], `${base}sources`),
    ...figureRefs(p.figures ?? [], `${base}figures`),
    [`${base}located`, p.located, 'source'],
    [`${base}parent`, p.parent, 'corridor'],
    [`${base}dwellSource`, p.dwellSource, 'source'],
    [`${base}geometrySource`, p.geometrySource, 'source'],
    [`${base}from`, p.from, 'node'],
    [`${base}to`, p.to, 'node'],
    [`${base}investment.source`, p.investment?.source, 'source'],
  ];
  (p.corridors ?? []).forEach(
    (c, i) => file === 'segments.geojson' && refs.push([`${base}corridors[${i}]`, c, 'corridor']),
  );
  (p.seed ?? []).forEach((r, i) => refs.push([`${base}seed[${i}]`, r, 'seed']));
  (p.improves ?? []).forEach((r, i) => refs.push([`${base}improves[${i}]`, r, 'record']));
  return refs;
}

export const references: Rule = (ctx: RuleContext) => {
  const issues: DataIssue[] = [];
  const known = (target: Target) => new Set(TARGET_FILES[target].flatMap((f) => ctx.files[f].ids.map((i) => i.value)));
  const ids: Record<Target, Set<string>> = {
    source: known('source'),
    // A record "named in a seed" points at one of the seed articles, not at any source.
    seed: new Set(ctx.files['sources.json'].records.filter((r) => r.value.kind === 'seed').map((r) => r.value.id)),
    node: known('node'),
    corridor: known('corridor'),
    record: known('record'),
  };
  for (const file of Object.keys(ctx.files) as DataFileName[])
    for (const rec of ctx.files[file].records)
      for (const [sub, ref, target] of refsOf(file, rec)) {
        if (ref === undefined || ids[target].has(ref)) continue;
        // A missing or unreadable target file is reported once on its own; its references are not repeated.
        if (!TARGET_FILES[target].every((f) => ctx.files[f].usable)) continue;
        const where =
          TARGET_FILES[target].length > 1
            ? 'no corridor, node, segment or project'
            : `no ${target === 'seed' ? 'seed source' : target} in ${TARGET_FILES[target][0]}`;
        issues.push(at(file, rec as Located<never>, sub, `"${ref}" is unknown: ${where} has this id`));
      }
  return issues;
};

// What a story may name: the ids of the dataset with the kind of each, so validation can say
// "route.from 'titr' is a corridor" instead of "invalid value".
import type { ParsedFiles } from '../data/rules/context';
import type { Dataset } from '../data/schema';
import { buildNetwork, planRoutes, type Network } from '../routing';
import type { SceneRoute } from './schema';

export type RecordKind =
  | 'corridor'
  | 'segment'
  | 'project'
  | 'city'
  | 'terminal'
  | 'dry_port'
  | 'seaport'
  | 'border_crossing'
  | 'gauge_change'
  | 'junction';

export interface StoryRefs {
  sources: ReadonlySet<string>;
  records: ReadonlyMap<string, RecordKind>;
  /** Every country code some record lists. */
  countries: ReadonlySet<string>;
  /** Why the route planner finds no route for a scene's query, or null when it finds one. */
  routeProblem?: (route: SceneRoute) => string | null;
  /** Ids written on records that failed the schema: their own error says what is wrong, so a story naming them
   * is not told a second time that they are unknown. */
  unchecked?: ReadonlySet<string>;
}

const KIND_WORDS: Record<RecordKind, string> = {
  corridor: 'corridor',
  segment: 'segment',
  project: 'project',
  city: 'city',
  terminal: 'terminal',
  dry_port: 'dry port',
  seaport: 'port',
  border_crossing: 'border crossing',
  gauge_change: 'gauge-change point',
  junction: 'junction',
};

export const kindWord = (kind: RecordKind): string => KIND_WORDS[kind];

export const isNodeKind = (kind: RecordKind | undefined): boolean =>
  kind !== undefined && kind !== 'corridor' && kind !== 'segment' && kind !== 'project';

/** Records a scene can draw as a line. */
export const isLineKind = (kind: RecordKind | undefined): boolean => kind === 'corridor' || kind === 'segment';

export function refsFromDataset(
  data: Pick<Dataset, 'sources' | 'corridors' | 'nodes' | 'segments' | 'projects'>,
): StoryRefs {
  const records = new Map<string, RecordKind>();
  const countries = new Set<string>();
  for (const c of data.corridors) {
    records.set(c.id, 'corridor');
    c.countries.forEach((x) => countries.add(x));
  }
  for (const n of data.nodes) {
    records.set(n.properties.id, n.properties.kind);
    n.properties.countries.forEach((x) => countries.add(x));
  }
  for (const s of data.segments) records.set(s.properties.id, 'segment');
  for (const p of data.projects) {
    records.set(p.properties.id, 'project');
    p.properties.countries.forEach((x) => countries.add(x));
  }
  let network: Network | undefined;
  const routeProblem = (route: SceneRoute): string | null => {
    network ??= buildNetwork(data);
    const result = planRoutes(network, { ...route, alternatives: 0 });
    return result.ok ? null : result.reason;
  };
  return { sources: new Set(data.sources.map((s) => s.id)), records, countries, routeProblem };
}

/** Edit distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest candidate when it is close enough to be a likely typo. */
export function closest(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const c of candidates) {
    const d = c.includes(id) || id.includes(c) ? Math.abs(c.length - id.length) : distance(id, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

/** The refs of the records that passed the schema in the data validator's parse of geo/. */
export function refsFromParsed(files: ParsedFiles): StoryRefs {
  const values = <T>(list: { records: { value: T }[] }) => list.records.map((r) => r.value);
  const refs = refsFromDataset({
    sources: values(files['sources.json']),
    corridors: values(files['corridors.json']),
    nodes: values(files['nodes.geojson']),
    segments: values(files['segments.geojson']),
    projects: values(files['projects.geojson']),
  });
  const passed = new Set([...refs.sources, ...refs.records.keys()]);
  const unchecked = new Set(
    Object.values(files).flatMap((f: ParsedFiles[keyof ParsedFiles]) =>
      f.ids.map((i) => i.value).filter((id) => !passed.has(id)),
    ),
  );
  return { ...refs, unchecked };
}

// Lookups over the loaded data, built once per dataset: records by id, the parts of each corridor, the corridors
// of each node, and what relates to what (projects that improve a record, crossings along it).
import type { Geometry } from 'geojson';
import type { Corridor, Dataset, Mode, NodeProps, ProjectProps, SegmentProps, Source } from './schema';

export type AtlasRecord =
  | { type: 'corridor'; id: string; props: Corridor; geometry: null }
  | { type: 'segment'; id: string; props: SegmentProps; geometry: Geometry }
  | { type: 'node'; id: string; props: NodeProps; geometry: Geometry }
  | { type: 'project'; id: string; props: ProjectProps; geometry: Geometry };

export type RecordType = AtlasRecord['type'];

export interface AtlasIndex {
  data: Dataset;
  byId: ReadonlyMap<string, AtlasRecord>;
  sources: ReadonlyMap<string, Source>;
  segmentsOf: ReadonlyMap<string, SegmentProps[]>;
  nodesOf: ReadonlyMap<string, NodeProps[]>;
  /** Corridors whose segments start or end at a node. */
  corridorsOfNode: ReadonlyMap<string, string[]>;
  /** Branches and services by the corridor they belong to. */
  childrenOf: ReadonlyMap<string, string[]>;
  /** Projects that name a record in `improves`. */
  projectsImproving: ReadonlyMap<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function buildIndex(data: Dataset): AtlasIndex {
  const byId = new Map<string, AtlasRecord>();
  for (const c of data.corridors) byId.set(c.id, { type: 'corridor', id: c.id, props: c, geometry: null });
  for (const f of data.segments)
    byId.set(f.properties.id, { type: 'segment', id: f.properties.id, props: f.properties, geometry: f.geometry });
  for (const f of data.nodes)
    byId.set(f.properties.id, { type: 'node', id: f.properties.id, props: f.properties, geometry: f.geometry });
  for (const f of data.projects)
    byId.set(f.properties.id, { type: 'project', id: f.properties.id, props: f.properties, geometry: f.geometry });

  const nodeProps = new Map(data.nodes.map((f) => [f.properties.id, f.properties]));
  const segmentsOf = new Map<string, SegmentProps[]>();
  const nodesOf = new Map<string, NodeProps[]>();
  const corridorsOfNode = new Map<string, string[]>();
  for (const { properties: s } of data.segments) {
    for (const c of s.corridors) {
      push(segmentsOf, c, s);
      for (const end of [s.from, s.to]) {
        const n = nodeProps.get(end);
        if (n) push(nodesOf, c, n);
        push(corridorsOfNode, end, c);
      }
    }
  }
  const childrenOf = new Map<string, string[]>();
  for (const c of data.corridors) if (c.parent) push(childrenOf, c.parent, c.id);
  const projectsImproving = new Map<string, string[]>();
  for (const { properties: p } of data.projects) for (const target of p.improves) push(projectsImproving, target, p.id);

  return {
    data,
    byId,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    segmentsOf,
    nodesOf,
    corridorsOfNode,
    childrenOf,
    projectsImproving,
  };
}

/** The corridors a record belongs to, in the order of corridors.json. */
export function corridorsOf(index: AtlasIndex, id: string, visiting: ReadonlySet<string> = new Set()): string[] {
  const r = index.byId.get(id);
  // Validation rejects loops of `improves`; the guard keeps a loop that slipped through from overflowing the stack.
  if (!r || visiting.has(id)) return [];
  let found: string[];
  if (r.type === 'corridor') found = r.props.parent ? [r.props.parent] : [];
  else if (r.type === 'segment') found = r.props.corridors;
  else if (r.type === 'node') found = index.corridorsOfNode.get(id) ?? [];
  else {
    const inside = new Set(visiting).add(id);
    found = r.props.improves.flatMap((t) =>
      index.byId.get(t)?.type === 'corridor' ? [t] : corridorsOf(index, t, inside),
    );
  }
  const set = new Set(found);
  return index.data.corridors.filter((c) => set.has(c.id)).map((c) => c.id);
}

/** The countries a record touches; a segment takes those of its two ends. */
export function countriesOf(index: AtlasIndex, id: string): string[] {
  const r = index.byId.get(id);
  if (!r) return [];
  if (r.type !== 'segment') return [...r.props.countries];
  const ends = [r.props.from, r.props.to].map((n) => index.byId.get(n));
  return [...new Set(ends.flatMap((e) => (e?.type === 'node' ? e.props.countries : [])))];
}

const PROJECT_MODES: Partial<Record<ProjectProps['kind'], Mode[]>> = {
  railway: ['rail'],
  road: ['road'],
  pipeline: ['pipeline'],
};

/** The transport modes of a record; projects that carry nothing (a power plant, a park) have none. */
export function modesOf(index: AtlasIndex, id: string): Mode[] {
  const r = index.byId.get(id);
  if (!r) return [];
  if (r.type === 'segment') return [r.props.mode];
  if (r.type === 'node') return [...r.props.modes];
  if (r.type === 'corridor') return [...new Set((index.segmentsOf.get(id) ?? []).map((s) => s.mode))];
  const own = PROJECT_MODES[r.props.kind];
  if (own) return own;
  // A bridge carries what the legs it improves carry.
  const legs = r.props.improves.map((t) => index.byId.get(t)).filter((t) => t?.type === 'segment');
  return [...new Set(legs.map((t) => (t as { props: SegmentProps }).props.mode))];
}

/** Projects related to a record: those improving it or, for a corridor, any of its legs and nodes. */
export function relatedProjects(index: AtlasIndex, id: string): string[] {
  const r = index.byId.get(id);
  const targets = [id];
  if (r?.type === 'corridor') {
    for (const s of index.segmentsOf.get(id) ?? []) targets.push(s.id);
    for (const n of index.nodesOf.get(id) ?? []) targets.push(n.id);
  }
  const found = new Set(targets.flatMap((t) => index.projectsImproving.get(t) ?? []));
  found.delete(id);
  return [...found];
}

/** Border crossings along a corridor or leg, or named by a project. */
export function relatedCrossings(index: AtlasIndex, id: string): string[] {
  const r = index.byId.get(id);
  if (!r) return [];
  let candidates: string[] = [];
  if (r.type === 'corridor') candidates = (index.nodesOf.get(id) ?? []).map((n) => n.id);
  else if (r.type === 'segment') candidates = [r.props.from, r.props.to];
  else if (r.type === 'project') candidates = r.props.improves.flatMap((t) => [t, ...relatedCrossings(index, t)]);
  const crossings = candidates.filter((c) => {
    const n = index.byId.get(c);
    return n?.type === 'node' && n.props.kind === 'border_crossing' && c !== id;
  });
  return [...new Set(crossings)];
}

const built = new WeakMap<Dataset, AtlasIndex>();

/** The index of a dataset, built on first use and shared by every caller. */
export function indexFor(data: Dataset): AtlasIndex {
  let index = built.get(data);
  if (!index) {
    index = buildIndex(data);
    built.set(data, index);
  }
  return index;
}

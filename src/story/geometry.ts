// Geometry a story needs from the data: the bounds of any record (for `fit`) and the lines of corridors and
// segments joined into chains (for progressive drawing), with longitudes kept continuous across 180°.
import type { Position } from 'geojson';
import type { Dataset } from '../data/schema';
import type { Bounds } from '../data/camera';

export interface StoryIndex {
  /** The records' coordinates as lists of positions (a point is a list of one). */
  parts: ReadonlyMap<string, Position[][]>;
  /** Segments of each corridor, its branches included. */
  corridorSegments: ReadonlyMap<string, string[]>;
  /** Each corridor with its branches and services, at any depth. */
  corridorFamily: ReadonlyMap<string, string[]>;
  segmentEnds: ReadonlyMap<string, { from: string; to: string }>;
  nodePoints: ReadonlyMap<string, Position>;
  /** The colour a record is drawn in: a corridor's own, a segment's first corridor's. */
  colours: ReadonlyMap<string, string>;
}

/** Keeps consecutive longitudes within 180° of each other, so a line over the antimeridian stays one line. */
export function unwrap(line: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  line.forEach((p, i) => {
    const prev = line[i - 1];
    if (prev) {
      const d = p[0]! - prev[0]!;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    out.push([p[0]! + shift, p[1]!]);
  });
  return out;
}

function geometryParts(g: Dataset['projects'][number]['geometry']): Position[][] {
  if (g.type === 'Point') return [[g.coordinates]];
  if (g.type === 'MultiPoint' || g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates;
  return [];
}

export function buildStoryIndex(data: Pick<Dataset, 'corridors' | 'nodes' | 'segments' | 'projects'>): StoryIndex {
  const parts = new Map<string, Position[][]>();
  const corridorSegments = new Map<string, string[]>();
  const segmentEnds = new Map<string, { from: string; to: string }>();
  const nodePoints = new Map<string, Position>();
  const colours = new Map(data.corridors.map((c) => [c.id, c.colour]));
  for (const n of data.nodes) {
    nodePoints.set(n.properties.id, n.geometry.coordinates);
    parts.set(n.properties.id, [[n.geometry.coordinates]]);
  }
  for (const p of data.projects) parts.set(p.properties.id, geometryParts(p.geometry).map(unwrap));
  const parentOf = new Map(data.corridors.map((c) => [c.id, c.parent]));
  for (const s of data.segments) {
    const p = s.properties;
    const lines = s.geometry.type === 'LineString' ? [s.geometry.coordinates] : s.geometry.coordinates;
    parts.set(p.id, lines.map(unwrap));
    segmentEnds.set(p.id, { from: p.from, to: p.to });
    const colour = p.corridors.map((c) => colours.get(c)).find(Boolean);
    if (colour) colours.set(p.id, colour);
    const owners = new Set<string>();
    for (const own of p.corridors)
      for (let c: string | undefined = own; c && !owners.has(c); c = parentOf.get(c)) owners.add(c);
    for (const c of owners) corridorSegments.set(c, [...(corridorSegments.get(c) ?? []), p.id]);
  }
  const corridorFamily = new Map(data.corridors.map((c) => [c.id, [c.id]]));
  for (const c of data.corridors) {
    // Validation rejects loops of parents; the guard keeps one that slipped through from hanging the tab.
    const climbed = new Set([c.id]);
    for (let up = c.parent; up && !climbed.has(up); up = parentOf.get(up)) {
      climbed.add(up);
      corridorFamily.get(up)?.push(c.id);
    }
  }
  for (const c of data.corridors) {
    const segs = corridorSegments.get(c.id) ?? [];
    parts.set(
      c.id,
      segs.flatMap((id) => parts.get(id) ?? []),
    );
  }
  return { parts, corridorSegments, corridorFamily, segmentEnds, nodePoints, colours };
}

/** The bounds of records together; undefined when none has geometry. */
export function boundsOf(ids: readonly string[], index: StoryIndex): Bounds | undefined {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of ids)
    for (const line of index.parts.get(id) ?? [])
      for (const [x, y] of line) {
        w = Math.min(w, x!);
        e = Math.max(e, x!);
        s = Math.min(s, y!);
        n = Math.max(n, y!);
      }
  return w <= e ? [w, s, e, n] : undefined;
}

/** Segment ids behind drawable records: a corridor stands for its segments. */
export function segmentsOf(ids: readonly string[], index: StoryIndex): string[] {
  const out = ids.flatMap((id) => (index.segmentEnds.has(id) ? [id] : (index.corridorSegments.get(id) ?? [])));
  return [...new Set(out)];
}

const near = (a: Position, b: Position) => Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!);

/**
 * Segments joined into as few lines as the network allows, each running the way the data runs (from → to):
 * a chain starts where a segment leaves a node no chosen segment arrives at. A branch starts a new line.
 */
export function chains(segmentIds: readonly string[], index: StoryIndex): Position[][] {
  const left = new Set(segmentIds.filter((id) => index.segmentEnds.has(id)));
  const arrivals = new Set([...left].map((id) => index.segmentEnds.get(id)!.to));
  const byNode = new Map<string, string[]>();
  for (const id of left) {
    const { from, to } = index.segmentEnds.get(id)!;
    for (const n of [from, to]) byNode.set(n, [...(byNode.get(n) ?? []), id]);
  }
  const starts = [...left].sort(
    (a, b) =>
      Number(arrivals.has(index.segmentEnds.get(a)!.from)) - Number(arrivals.has(index.segmentEnds.get(b)!.from)),
  );
  const out: Position[][] = [];
  for (const first of starts) {
    if (!left.has(first)) continue;
    let line: Position[] = [];
    let at = index.segmentEnds.get(first)!.from;
    for (let id: string | undefined = first; id;) {
      left.delete(id);
      const ends = index.segmentEnds.get(id)!;
      const forward = ends.from === at;
      let coords = (index.parts.get(id) ?? []).flat();
      if (!forward) coords = [...coords].reverse();
      // Line pieces may be digitised against their from/to; trust the geometry's nearer end.
      const point = index.nodePoints.get(at);
      if (point && coords.length > 1 && near(coords.at(-1)!, point) < near(coords[0]!, point))
        coords = [...coords].reverse();
      line = line.length ? [...line, ...coords.slice(1)] : coords;
      at = forward ? ends.to : ends.from;
      const next: string[] = (byNode.get(at) ?? []).filter((s) => left.has(s));
      id = next.length === 1 ? next[0] : undefined;
    }
    if (line.length > 1) out.push(unwrap(line));
  }
  return out;
}

/** A route's legs (in travel order) as one line, each leg's geometry turned to run from the leg's start. */
export function pathLine(legs: readonly { segment: string; from: string }[], index: StoryIndex): Position[] {
  let line: Position[] = [];
  for (const leg of legs) {
    let coords = (index.parts.get(leg.segment) ?? []).flat();
    const start = index.nodePoints.get(leg.from);
    if (start && coords.length > 1 && near(coords.at(-1)!, start) < near(coords[0]!, start))
      coords = [...coords].reverse();
    line = line.length ? [...line, ...coords.slice(1)] : coords;
  }
  return unwrap(line);
}

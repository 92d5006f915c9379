// A routable graph made of line features (railways, sea lanes, hand-drawn lines), searched with A*.
import { distance } from '@turf/turf';
import { MinHeap } from './heap';
import { PointGrid, foldLon, type Pos } from './grid';

/** Straight connectors between a leg's end and the network cost this many times their length. */
const CONNECTOR = 3;

export type { Pos };

/** One input line and the source id its geometry comes from. */
export interface NetLine {
  coords: Pos[];
  source: string;
}

interface Edge {
  to: number;
  km: number;
  /** What the search pays for the edge: its length, times a penalty for edges the network should avoid. */
  cost: number;
  source: string;
}

/** A factor >= 1 on an edge's length, e.g. to make sea lanes that cut across land a last resort. */
export type EdgePenalty = (a: Pos, b: Pos, source: string) => number;

export interface TracedPath {
  coords: Pos[];
  /** Kilometres of the path taken from each source id ("join" for gaps closed between pieces). */
  kmBySource: Record<string, number>;
  /** Search cost: kilometres with penalties and connector weights. */
  cost: number;
}

/** Vertices at the same place (to 1e-5 degrees, ±180 folded together) become one graph node. */
function vertexKey(p: Pos): string {
  const lon = foldLon(p[0]);
  return `${lon.toFixed(5)},${p[1].toFixed(5)}`;
}

export class LineGraph {
  readonly points: Pos[] = [];
  private readonly edges: Edge[][] = [];
  private readonly lineOf: number[] = [];
  private readonly index = new Map<string, number>();
  private grid: PointGrid | undefined;
  private penalty: EdgePenalty | undefined;

  /** Builds the graph; line ends within snapKm of another line are joined to it. */
  static build(lines: readonly NetLine[], snapKm = 2, penalty?: EdgePenalty): LineGraph {
    const g = new LineGraph();
    g.penalty = penalty;
    const ends: { vertex: number; line: number }[] = [];
    lines.forEach((line, li) => {
      let prev = -1;
      line.coords.forEach((c, ci) => {
        const v = g.vertex(c, li);
        if (prev >= 0 && prev !== v) g.connect(prev, v, line.source);
        if (ci === 0 || ci === line.coords.length - 1) ends.push({ vertex: v, line: li });
        prev = v;
      });
    });
    g.grid = new PointGrid(g.points);
    for (const end of ends) {
      if (g.edges[end.vertex]!.length > 1) continue; // already a junction, not a loose end
      const near = g.grid.nearest(g.points[end.vertex]!, snapKm, (i) => g.lineOf[i] !== end.line);
      if (near) g.connect(end.vertex, near.index, 'join');
    }
    return g;
  }

  private vertex(p: Pos, line: number): number {
    const key = vertexKey(p);
    const found = this.index.get(key);
    if (found !== undefined) return found;
    const v = this.points.length;
    this.points.push([foldLon(p[0]) === -180 ? 180 : p[0], p[1]]);
    this.edges.push([]);
    this.lineOf.push(line);
    this.index.set(key, v);
    return v;
  }

  private connect(a: number, b: number, source: string): void {
    const pa = this.points[a]!;
    const pb = this.points[b]!;
    const km = distance(pa, pb);
    const cost = km * (this.penalty ? this.penalty(pa, pb, source) : 1);
    this.edges[a]!.push({ to: b, km, cost, source });
    this.edges[b]!.push({ to: a, km, cost, source });
  }

  /** Vertices within maxKm of p, or an error naming how far the network is. */
  private anchors(p: Pos, maxKm: number, label: string): { index: number; km: number }[] {
    const near = this.grid!.within(p, maxKm);
    if (near.length === 0) {
      const far = this.grid!.nearest(p, 2000);
      const how = far ? `the nearest line is ${far.km.toFixed(0)} km away` : 'no line within 2000 km';
      throw new Error(`${label}: ${how} (limit ${maxKm} km)`);
    }
    return near;
  }

  /**
   * Shortest path from `from` to `to` along the lines. The ends join the network by straight connectors to any
   * vertex within maxSnapKm (weighted CONNECTOR times their length, so the search prefers the lines), which lets a
   * leg end at a border point between two pieces that do not touch.
   */
  route(from: Pos, to: Pos, maxSnapKm: number, label = 'route'): TracedPath {
    const starts = this.anchors(from, maxSnapKm, `${label} start`);
    const goals = new Map(this.anchors(to, maxSnapKm, `${label} end`).map((a) => [a.index, a.km * CONNECTOR]));
    const best = new Map<number, number>();
    const came = new Map<number, Edge & { from: number }>();
    const done = new Set<number>();
    const heap = new MinHeap();
    for (const s of starts) {
      best.set(s.index, s.km * CONNECTOR);
      heap.push(s.index, s.km * CONNECTOR + distance(this.points[s.index]!, to));
    }
    let end = -1;
    let endCost = Infinity;
    while (heap.size > 0) {
      const { key: v, prio } = heap.pop()!;
      if (prio >= endCost) break;
      if (done.has(v)) continue;
      done.add(v);
      const base = best.get(v)!;
      const finish = goals.get(v);
      if (finish !== undefined && base + finish < endCost) {
        end = v;
        endCost = base + finish;
      }
      for (const e of this.edges[v]!) {
        const cost = base + e.cost;
        if (cost >= (best.get(e.to) ?? Infinity)) continue;
        best.set(e.to, cost);
        came.set(e.to, { ...e, from: v });
        heap.push(e.to, cost + distance(this.points[e.to]!, to));
      }
    }
    if (end < 0) throw new Error(`${label}: no path along the lines between its ends`);
    const coords: Pos[] = [];
    const kmBySource: Record<string, number> = {};
    let v = end;
    for (let step = came.get(v); step; step = came.get(v)) {
      coords.push(this.points[v]!);
      kmBySource[step.source] = (kmBySource[step.source] ?? 0) + step.km;
      v = step.from;
    }
    coords.push(this.points[v]!);
    coords.reverse();
    return { coords: [from, ...coords, to], cost: endCost, kmBySource };
  }
}

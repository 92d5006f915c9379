// Dijkstra over a state graph. A state is (stop stage, node, carrier): moving along a leg keeps the carrier, a
// transfer changes it at a node and costs dwell, and reaching the next via stop moves to the next stage at no
// cost. The destination counts as reached on any carrier.
import { canTransfer } from './network';
import type { CostModel } from './costs';
import { MinHeap } from './heap';
import { CARRIERS, type Network } from './types';

const C = CARRIERS.length;
const ROAD = CARRIERS.indexOf('road');
const STAGE_ADVANCE = -2;
const TRANSFER = -1;

export type Step =
  | { kind: 'leg'; segment: number; from: number; to: number }
  | { kind: 'transfer'; node: number; from: number; to: number };

export interface Path {
  cost: number;
  steps: Step[];
  /** States settled before the answer: a measure of search effort. */
  settled: number;
}

interface Workspace {
  dist: Float64Array;
  prev: Int32Array;
  link: Int32Array;
  heap: MinHeap;
}

const workspaces = new WeakMap<Network, Workspace>();

function workspace(net: Network, size: number): Workspace {
  let w = workspaces.get(net);
  if (!w || w.dist.length < size) {
    w = {
      dist: new Float64Array(size),
      prev: new Int32Array(size),
      link: new Int32Array(size),
      heap: new MinHeap(1024),
    };
    workspaces.set(net, w);
  }
  w.dist.fill(Infinity, 0, size);
  w.heap.clear();
  return w;
}

/** The cheapest path through `stops` in order (origin, via…, destination), or null when there is none. */
export function shortestPath(net: Network, cm: CostModel, stops: number[]): Path | null {
  const N = net.nodes.length;
  const stages = stops.length - 1;
  if (stages < 1) return null;
  const { dist, prev, link, heap } = workspace(net, stages * N * C);
  const { adjStart, adjSegments, segments, nodes } = net;
  const last = stops[stages]!;
  const origin = stops[0]!;
  const startCarriers = nodes[origin]!.carriers & cm.carrierMask;
  for (let c = 0; c < C; c++) {
    if (!(startCarriers & (1 << c))) continue;
    const s = origin * C + c;
    dist[s] = 0;
    prev[s] = -1;
    heap.push(0, s);
  }
  let settled = 0;
  while (heap.size > 0) {
    const s = heap.pop();
    const d = heap.lastKey;
    if (d > dist[s]!) continue;
    settled++;
    const stage = Math.floor(s / (N * C));
    const node = Math.floor(s / C) % N;
    const carrier = s % C;
    if (node === stops[stage + 1]) {
      if (stage === stages - 1) return { cost: d, steps: unwind(s, prev, link, N), settled };
      const next = s + N * C;
      if (d < dist[next]!) {
        dist[next] = d;
        prev[next] = s;
        link[next] = STAGE_ADVANCE;
        heap.push(d, next);
      }
    }
    const base = s - carrier;
    for (let i = adjStart[node]!; i < adjStart[node + 1]!; i++) {
      const seg = segments[adjSegments[i]!]!;
      if (seg.carrier !== carrier) continue;
      const cost = cm.segCost[seg.index]!;
      if (cost === Infinity) continue;
      const other = seg.from === node ? seg.to : seg.from;
      const road = carrier === ROAD ? 1 : 0;
      const arrive = other === last && stage === stages - 1 ? 0 : cm.arrival[2 * other + road]!;
      const nd = d + cost + arrive;
      const t = base + (other - node) * C + carrier;
      if (nd < dist[t]!) {
        dist[t] = nd;
        prev[t] = s;
        link[t] = seg.index;
        heap.push(nd, t);
      }
    }
    const here = nodes[node]!;
    const others = here.carriers & cm.carrierMask & ~(1 << carrier);
    if (!others) continue;
    for (let c2 = 0; c2 < C; c2++) {
      if (!(others & (1 << c2)) || !canTransfer(here, CARRIERS[carrier]!, CARRIERS[c2]!)) continue;
      const nd = d + cm.transferCost(node, carrier, c2);
      const t = base + c2;
      if (nd < dist[t]!) {
        dist[t] = nd;
        prev[t] = s;
        link[t] = TRANSFER;
        heap.push(nd, t);
      }
    }
  }
  return null;
}

function unwind(end: number, prev: Int32Array, link: Int32Array, N: number): Step[] {
  const steps: Step[] = [];
  for (let s = end; prev[s] !== -1; s = prev[s]!) {
    const p = prev[s]!;
    const l = link[s]!;
    if (l === STAGE_ADVANCE) continue;
    const node = Math.floor(s / C) % N;
    const from = Math.floor(p / C) % N;
    if (l === TRANSFER) steps.push({ kind: 'transfer', node, from: p % C, to: s % C });
    else steps.push({ kind: 'leg', segment: l, from, to: node });
  }
  return steps.reverse();
}

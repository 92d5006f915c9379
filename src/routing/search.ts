// Dijkstra over a state graph. A state is (stop stage, node, carrier): moving along a leg keeps the carrier, a
// transfer changes it at a node and costs dwell, and reaching the next via stop moves to the next stage at no
// cost. The destination counts as reached on any carrier.
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

/**
 * The cheapest path through `stops` in order (origin, via…, destination), or null when there is none. It may travel
 * a leg twice (to a via stop and back); shortestPath in no-repeat.ts is the one that prevents that. With
 * `startCarrier` the path leaves the origin on that carrier (the one it arrived on), so a change there is charged.
 */
export function searchStages(net: Network, cm: CostModel, stops: number[], startCarrier = -1): Path | null {
  const N = net.nodes.length;
  const NC = N * C;
  const stages = stops.length - 1;
  if (stages < 1) return null;
  const { dist, prev, link, heap } = workspace(net, stages * NC);
  const { adjStart, adjSegments, segFrom, segTo, segCarrier, transferMask } = net;
  const { segCost, arrival, nodeTransfer, pairCost, pairBase, carrierMask } = cm;
  const last = stops[stages]!;
  const origin = stops[0]!;
  const startCarriers = startCarrier >= 0 ? 1 << startCarrier : net.nodes[origin]!.carriers & carrierMask;
  for (let c = 0; c < C; c++) {
    if (!(startCarriers & (1 << c))) continue;
    dist[origin * C + c] = 0;
    prev[origin * C + c] = -1;
    heap.push(0, origin * C + c);
  }
  let settled = 0;
  while (heap.size > 0) {
    const s = heap.pop();
    const d = heap.lastKey;
    if (d > dist[s]!) continue;
    settled++;
    const stage = (s / NC) | 0;
    const within = s - stage * NC;
    const node = (within / C) | 0;
    const carrier = within - node * C;
    if (node === stops[stage + 1]) {
      if (stage === stages - 1) return { cost: d, steps: unwind(s, prev, link, N), settled };
      const next = s + NC;
      if (d < dist[next]!) {
        dist[next] = d;
        prev[next] = s;
        link[next] = STAGE_ADVANCE;
        heap.push(d, next);
      }
    }
    const base = stage * NC;
    const road = carrier === ROAD ? 1 : 0;
    const finalStage = stage === stages - 1;
    for (let i = adjStart[node]!, end = adjStart[node + 1]!; i < end; i++) {
      const seg = adjSegments[i]!;
      if (segCarrier[seg] !== carrier) continue;
      const cost = segCost[seg]!;
      if (cost === Infinity) continue;
      const other = segFrom[seg] === node ? segTo[seg]! : segFrom[seg]!;
      const nd = d + cost + (other === last && finalStage ? 0 : arrival[2 * other + road]!);
      const t = base + other * C + carrier;
      if (nd < dist[t]!) {
        dist[t] = nd;
        prev[t] = s;
        link[t] = seg;
        heap.push(nd, t);
      }
    }
    const others = transferMask[node * C + carrier]! & carrierMask;
    if (!others) continue;
    const own = nodeTransfer[node]!;
    for (let c2 = 0; c2 < C; c2++) {
      if (!(others & (1 << c2))) continue;
      const nd = d + (Number.isNaN(own) ? pairCost[pairBase[node]! + carrier * C + c2]! : own);
      const t = base + node * C + c2;
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

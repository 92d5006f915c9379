// The heap-based search against a plain one: on the fixture network every pair's cheapest cost must equal what an
// O(V²) Dijkstra over an explicitly listed state graph finds, for time and for distance, with and without planned
// links. A mistake in the heap, the state encoding or the transfer rules shows up as a cost mismatch.
import { describe, expect, it } from 'vitest';
import { buildNetwork, CARRIERS, type Criterion } from '../../src/routing';
import { buildCosts, type CostModel, type Filters } from '../../src/routing/costs';
import { canTransfer } from '../../src/routing/network-index';
import { searchStages } from '../../src/routing/search';
import { fixtureDataset } from './routing-fixture';

const net = buildNetwork(fixtureDataset());
const C = CARRIERS.length;

function plainCost(cm: CostModel, from: number, to: number): number {
  const S = net.nodes.length * C;
  const dist = new Array<number>(S).fill(Infinity);
  const done = new Array<boolean>(S).fill(false);
  for (let c = 0; c < C; c++) if (net.nodes[from]!.carriers & cm.carrierMask & (1 << c)) dist[from * C + c] = 0;
  for (;;) {
    let s = -1;
    for (let i = 0; i < S; i++) if (!done[i] && dist[i]! < Infinity && (s < 0 || dist[i]! < dist[s]!)) s = i;
    if (s < 0) return Infinity;
    const node = Math.floor(s / C);
    const carrier = s % C;
    if (node === to) return dist[s]!;
    done[s] = true;
    for (const seg of net.segments) {
      if (seg.carrier !== carrier || (seg.from !== node && seg.to !== node)) continue;
      const other = seg.from === node ? seg.to : seg.from;
      const road = CARRIERS[carrier] === 'road' ? 1 : 0;
      const d = dist[s]! + cm.segCost[seg.index]! + (other === to ? 0 : cm.arrival[2 * other + road]!);
      if (d < dist[other * C + carrier]!) dist[other * C + carrier] = d;
    }
    const here = net.nodes[node]!;
    for (let c2 = 0; c2 < C; c2++) {
      if (c2 === carrier || !(here.carriers & cm.carrierMask & (1 << c2))) continue;
      if (!canTransfer(here, CARRIERS[carrier]!, CARRIERS[c2]!)) continue;
      const own = cm.nodeTransfer[node]!;
      const d = dist[s]! + (Number.isNaN(own) ? cm.pairCost[carrier * C + c2]! : own);
      if (d < dist[node * C + c2]!) dist[node * C + c2] = d;
    }
  }
}

const scenarios: [Criterion, Filters][] = [
  ['time', { modes: ['rail', 'road', 'ferry', 'sea'], avoid: [], includePlanned: false }],
  ['distance', { modes: ['rail', 'road', 'ferry', 'sea'], avoid: [], includePlanned: true }],
  ['time', { modes: ['rail', 'ferry'], avoid: ['RUS'], includePlanned: true, month: 2 }],
];

describe('search optimality', () => {
  it.each(scenarios)('finds the same cheapest cost as a plain Dijkstra for every pair (%s)', (by, filters) => {
    const cm = buildCosts(net, filters, by);
    const ids = net.nodes.map((n) => n.index).filter((i) => net.nodes[i]!.carriers & cm.carrierMask);
    let compared = 0;
    for (const a of ids) {
      for (const b of ids) {
        if (a === b || !cm.nodeOpen[a] || !cm.nodeOpen[b]) continue;
        const fast = searchStages(net, cm, [a, b])?.cost ?? Infinity;
        expect(fast, `${net.nodes[a]!.id} → ${net.nodes[b]!.id}`).toBeCloseTo(plainCost(cm, a, b), 6);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

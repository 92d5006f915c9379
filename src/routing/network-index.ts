// Flat lookup arrays built once per network for the search: incident segments per node, and per node and
// carrier the carriers a container may change to there.
import { CARRIERS, type Carrier, type NetNode, type NetSegment } from './types';

/** Where a container may change carrier: not at a bare junction, and onto or off a ship only at a port. */
export function canTransfer(node: NetNode, a: Carrier, b: Carrier): boolean {
  if (node.kind === 'junction') return false;
  for (const c of [a, b]) {
    if ((c === 'sea' || c === 'ferry') && node.kind !== 'seaport' && !node.modes.includes(c)) return false;
  }
  return true;
}

/** For each node and carrier, the carriers present there that a container may change to. */
export function transferMasks(nodes: NetNode[]): Uint8Array {
  const C = CARRIERS.length;
  const mask = new Uint8Array(nodes.length * C);
  for (const n of nodes) {
    for (let a = 0; a < C; a++) {
      if (!(n.carriers & (1 << a))) continue;
      for (let b = 0; b < C; b++) {
        if (b !== a && n.carriers & (1 << b) && canTransfer(n, CARRIERS[a]!, CARRIERS[b]!))
          mask[n.index * C + a]! |= 1 << b;
      }
    }
  }
  return mask;
}

/** Incident segments per node in two flat arrays, so the search walks memory in order. */
export function adjacency(nodeCount: number, segments: NetSegment[]) {
  const adjStart = new Int32Array(nodeCount + 1);
  for (const s of segments) {
    adjStart[s.from + 1]! += 1;
    if (s.to !== s.from) adjStart[s.to + 1]! += 1;
  }
  for (let i = 0; i < nodeCount; i++) adjStart[i + 1]! += adjStart[i]!;
  const fill = adjStart.slice(0, nodeCount);
  const adjSegments = new Int32Array(adjStart[nodeCount]!);
  for (const s of segments) {
    adjSegments[fill[s.from]!++] = s.index;
    if (s.to !== s.from) adjSegments[fill[s.to]!++] = s.index;
  }
  return { adjStart, adjSegments };
}

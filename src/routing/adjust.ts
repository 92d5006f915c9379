// Changes to the search's costs that a query asks for beyond the cost model: sea passages closed, and two sets of
// changes as one. Apart from the passages themselves (passages.ts), which the address bar reads in the first view.
import type { Adjustments } from './costs';
import { isPassageCode } from './passages';
import type { Network } from './types';

/** The legs through an avoided passage, closed (an infinite cost factor) for the search. */
export function passageAdjustments(net: Network, avoid: readonly string[]): Adjustments {
  const codes = avoid.filter(isPassageCode);
  if (!codes.length) return {};
  const segmentFactor = new Map<number, number>();
  for (const s of net.segments) if (s.passages.some((p) => codes.includes(p))) segmentFactor.set(s.index, Infinity);
  return { segmentFactor };
}

/** Two adjustments as one: bans and penalties add up, cost factors multiply. */
export function combine(a: Adjustments, b: Adjustments): Adjustments {
  const segmentFactor = new Map(a.segmentFactor);
  for (const [k, v] of b.segmentFactor ?? []) segmentFactor.set(k, (segmentFactor.get(k) ?? 1) * v);
  const nodePenalty = new Map(a.nodePenalty);
  for (const [k, v] of b.nodePenalty ?? []) nodePenalty.set(k, (nodePenalty.get(k) ?? 0) + v);
  const bannedNodes = new Set([...(a.bannedNodes ?? []), ...(b.bannedNodes ?? [])]);
  return { segmentFactor, nodePenalty, bannedNodes };
}

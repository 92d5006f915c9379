// What each step of the search costs under one query: which legs and nodes are open (scenario, avoided
// countries, allowed modes, season) and what a leg, a border or a transfer adds (typical hours, or km).
import type { Status } from '../data/schema';
import { borderDwell, carrierAt, carrierMode, legBorderDwell, transferDwell } from './timing';
import { CARRIERS, type Criterion, type NetSegment, type Network, type Season, type TransportMode } from './types';

export interface Filters {
  modes: TransportMode[];
  avoid: string[];
  includePlanned: boolean;
  month?: number;
}

export interface Adjustments {
  /** Nodes the search may not enter. */
  bannedNodes?: Set<number>;
  /** Cost multipliers for segments (to find alternatives). */
  segmentFactor?: Map<number, number>;
  /** Extra cost for entering a node. */
  nodePenalty?: Map<number, number>;
}

export interface CostModel {
  by: Criterion;
  /** Infinity where the leg is closed. */
  segCost: Float64Array;
  nodeOpen: Uint8Array;
  /** Cost of arriving at a node by rail/ferry/sea (index 2n) or road (2n + 1): border formalities. */
  arrival: Float64Array;
  /** Bit set of carriers the allowed modes permit. */
  carrierMask: number;
  transferCost(node: number, from: number, to: number): number;
}

/** The statuses a scenario uses: today's network, or with planned and under-construction links. */
export function scenarioStatuses(includePlanned: boolean): Status[] {
  return includePlanned ? ['operational', 'under_construction', 'planned'] : ['operational'];
}

export const inSeason = (month: number, s: Season): boolean =>
  s.from <= s.to ? month >= s.from && month <= s.to : month >= s.from || month <= s.to;

/** Why a leg is closed under the filters, or undefined when it is open. */
export function closedBecause(seg: NetSegment, f: Filters): 'mode' | 'avoid' | 'status' | 'season' | undefined {
  if (!f.modes.includes(seg.mode)) return 'mode';
  if (seg.countries.some((c) => f.avoid.includes(c))) return 'avoid';
  if (!scenarioStatuses(f.includePlanned).includes(seg.status)) return 'status';
  if (f.month !== undefined && seg.season && !inSeason(f.month, seg.season)) return 'season';
  return undefined;
}

/** A small cost per transfer when ranking by distance, so equal-length routes prefer fewer transfers. */
const DISTANCE_TIE_BREAK = 1e-3;

export function buildCosts(net: Network, f: Filters, by: Criterion, adj: Adjustments = {}): CostModel {
  const statuses = scenarioStatuses(f.includePlanned);
  const nodeOpen = new Uint8Array(net.nodes.length);
  const arrival = new Float64Array(net.nodes.length * 2);
  for (const n of net.nodes) {
    const open =
      statuses.includes(n.status) && !n.countries.some((c) => f.avoid.includes(c)) && !adj.bannedNodes?.has(n.index);
    nodeOpen[n.index] = open ? 1 : 0;
    const extra = adj.nodePenalty?.get(n.index) ?? 0;
    if (n.kind === 'border_crossing') {
      const rail = by === 'time' ? borderDwell(net.params, n, 'rail-1435').hours.typical : DISTANCE_TIE_BREAK;
      const road = by === 'time' ? borderDwell(net.params, n, 'road').hours.typical : DISTANCE_TIE_BREAK;
      arrival[2 * n.index] = rail + extra;
      arrival[2 * n.index + 1] = road + extra;
    } else {
      arrival[2 * n.index] = extra;
      arrival[2 * n.index + 1] = extra;
    }
  }
  const segCost = new Float64Array(net.segments.length);
  for (const s of net.segments) {
    const open = !closedBecause(s, f) && nodeOpen[s.from] && nodeOpen[s.to];
    const perBorder = by === 'time' ? legBorderDwell(net.params, s.mode).hours.typical : DISTANCE_TIE_BREAK;
    const borders = s.unmarkedBorders.length * perBorder;
    const base = (by === 'time' ? s.hours.typical : s.km) + borders;
    segCost[s.index] = open ? base * (adj.segmentFactor?.get(s.index) ?? 1) : Infinity;
  }
  let carrierMask = 0;
  CARRIERS.forEach((c, i) => {
    if (f.modes.includes(carrierMode(c))) carrierMask |= 1 << i;
  });
  const params = net.params;
  const transferCost = (node: number, from: number, to: number): number => {
    if (by === 'distance') return DISTANCE_TIE_BREAK;
    const n = net.nodes[node]!;
    return transferDwell(params, n, carrierAt(from), carrierAt(to)).hours.typical;
  };
  return { by, segCost, nodeOpen, arrival, carrierMask, transferCost };
}

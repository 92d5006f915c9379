// What each step of the search costs under one query: which legs and nodes are open (scenario, avoided
// countries, allowed modes, season) and what a leg, a border or a transfer adds (typical hours, or km).
import type { Status } from '../data/schema';
import { inSeason } from './season';
import { borderDwell, carrierAt, carrierMode, dwellIn, legBorderDwell, transferParam } from './timing';
import { CARRIERS, TRANSPORT_MODES, type Criterion, type NetSegment, type Network, type TransportMode } from './types';

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
  /** OPEN, CLOSED, or SAIL_PAST: a port in an avoided country that ships may pass but not call at. */
  nodeOpen: Uint8Array;
  /** Cost of arriving at a node by rail/ferry/sea (index 2n) or road (2n + 1): border formalities. */
  arrival: Float64Array;
  /** Bit set of carriers the allowed modes permit. */
  carrierMask: number;
  /**
   * Default cost of a change of carrier, indexed pairBase[node] + from * CARRIERS.length + to: one table for the
   * major container ports (daily sailings) after one for every other node.
   */
  pairCost: Float64Array;
  pairBase: Int32Array;
  /** A node's own transfer cost where it has its own dwell, else NaN (use pairCost). */
  nodeTransfer: Float64Array;
}

/** The statuses a scenario uses: today's network, or with planned and under-construction links. */
const TODAY: Status[] = ['operational'];
const WITH_PLANNED: Status[] = ['operational', 'under_construction', 'planned'];

export function scenarioStatuses(includePlanned: boolean): Status[] {
  return includePlanned ? WITH_PLANNED : TODAY;
}

export { inSeason };

/** Why a leg is closed under the filters, or undefined when it is open. */
export function closedBecause(seg: NetSegment, f: Filters): 'mode' | 'avoid' | 'status' | 'season' | undefined {
  if (!f.modes.includes(seg.mode)) return 'mode';
  // A sea leg's countries are its ports': whether a ship may call at them or only sail past is the ports' to say.
  if (seg.mode !== 'sea' && seg.countries.some((c) => f.avoid.includes(c))) return 'avoid';
  if (!scenarioStatuses(f.includePlanned).includes(seg.status)) return 'status';
  if (f.month !== undefined && seg.season && !inSeason(f.month, seg.season)) return 'season';
  return undefined;
}

export const CLOSED = 0;
export const OPEN = 1;
/**
 * A seaport in an avoided country stays on the sea lanes that run through it: a ship sailing on past it does not
 * bring the cargo into the country (the route's borders and countries skip it, summary.ts), so only sea legs stay
 * open there, and as no other leg is, nothing can be loaded or unloaded at it. The Suez Canal is avoided by its
 * own code (passages.ts).
 */
export const SAIL_PAST = 2;

/** Whether a leg of `mode` may touch a node in state `open`. */
const legMayTouch = (open: number, mode: TransportMode): boolean =>
  open === OPEN || (open === SAIL_PAST && mode === 'sea');

/** A small cost per transfer when ranking by distance, so equal-length routes prefer fewer transfers. */
const DISTANCE_TIE_BREAK = 1e-3;

/**
 * The cost model of a query: the model without adjustments is worked out once per network and query (a plan's
 * alternatives search the same query many times over) and the adjustments applied to a copy of it.
 */
export function buildCosts(net: Network, f: Filters, by: Criterion, adj: Adjustments = {}): CostModel {
  const base = cachedBase(net, f, by);
  if (!adj.bannedNodes?.size && !adj.segmentFactor?.size && !adj.nodePenalty?.size) return base;
  const nodeOpen = base.nodeOpen.slice();
  const arrival = base.arrival.slice();
  const segCost = base.segCost.slice();
  for (const n of adj.bannedNodes ?? []) nodeOpen[n] = CLOSED;
  for (const [n, extra] of adj.nodePenalty ?? []) {
    arrival[2 * n]! += extra;
    arrival[2 * n + 1]! += extra;
  }
  if (adj.bannedNodes?.size)
    for (const s of net.segments)
      if (!legMayTouch(nodeOpen[s.from]!, s.mode) || !legMayTouch(nodeOpen[s.to]!, s.mode)) segCost[s.index] = Infinity;
  for (const [s, factor] of adj.segmentFactor ?? []) segCost[s]! *= factor;
  return { ...base, nodeOpen, arrival, segCost };
}

const baseCache = new WeakMap<Network, Map<string, CostModel>>();
/** Distinct queries kept per network: enough for a plan's searches and the planner's last few questions. */
const CACHE_SIZE = 16;

function cachedBase(net: Network, f: Filters, by: Criterion): CostModel {
  let cache = baseCache.get(net);
  if (!cache) baseCache.set(net, (cache = new Map()));
  const key = JSON.stringify([by, f.modes, f.avoid, f.includePlanned, f.month ?? null]);
  let model = cache.get(key);
  if (!model) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    model = baseCosts(net, f, by);
    cache.set(key, model);
  }
  return model;
}

function baseCosts(net: Network, f: Filters, by: Criterion): CostModel {
  const adj: Adjustments = {};
  const time = by === 'time';
  const statuses = new Set(scenarioStatuses(f.includePlanned));
  const avoid = new Set(f.avoid);
  const N = net.nodes.length;
  const nodeOpen = new Uint8Array(N);
  const arrival = new Float64Array(N * 2);
  const nodeTransfer = new Float64Array(N).fill(NaN);
  for (const n of net.nodes) {
    const avoided = n.countries.some((c) => avoid.has(c));
    const usable = statuses.has(n.status) && !adj.bannedNodes?.has(n.index);
    nodeOpen[n.index] = !usable ? CLOSED : !avoided ? OPEN : n.kind === 'seaport' ? SAIL_PAST : CLOSED;
    const extra = adj.nodePenalty?.get(n.index) ?? 0;
    const crossing = n.kind === 'border_crossing';
    const rail = !crossing ? 0 : time ? borderDwell(net.params, n, 'rail-1435').hours.typical : DISTANCE_TIE_BREAK;
    const road = !crossing ? 0 : time ? borderDwell(net.params, n, 'road').hours.typical : DISTANCE_TIE_BREAK;
    arrival[2 * n.index] = rail + extra;
    arrival[2 * n.index + 1] = road + extra;
    if (n.dwell && time) nodeTransfer[n.index] = crossing ? 0 : n.dwell.typical;
  }
  const perBorder = new Map(
    TRANSPORT_MODES.map((m) => [m, time ? legBorderDwell(net.params, m).hours.typical : DISTANCE_TIE_BREAK]),
  );
  const segCost = new Float64Array(net.segments.length);
  for (const s of net.segments) {
    const open = !closedBecause(s, f) && legMayTouch(nodeOpen[s.from]!, s.mode) && legMayTouch(nodeOpen[s.to]!, s.mode);
    const base = (time ? s.hours.typical : s.km) + s.unmarkedBorders.length * perBorder.get(s.mode)!;
    segCost[s.index] = open ? base * (adj.segmentFactor?.get(s.index) ?? 1) : Infinity;
  }
  let carrierMask = 0;
  CARRIERS.forEach((c, i) => {
    if (f.modes.includes(carrierMode(c))) carrierMask |= 1 << i;
  });
  const C = CARRIERS.length;
  const pairCost = new Float64Array(2 * C * C);
  const major = net.params.majorPorts[0];
  for (const [t, port] of [undefined, major].entries())
    for (let a = 0; a < C; a++)
      for (let b = 0; b < C; b++)
        pairCost[t * C * C + a * C + b] = time
          ? dwellIn(transferParam(net.params, carrierAt(a), carrierAt(b), port), f.month).hours.typical
          : DISTANCE_TIE_BREAK;
  const majorPorts = new Set(net.params.majorPorts);
  const pairBase = Int32Array.from(net.nodes, (n) => (majorPorts.has(n.id) ? C * C : 0));
  return { by, segCost, nodeOpen, arrival, carrierMask, pairCost, pairBase, nodeTransfer };
}

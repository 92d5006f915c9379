// Time on a leg and dwell at a node, as min / typical / max hours. The search and the route summary both read
// time from here, so the figure a route reports is the figure the search optimised.
import type { Range } from '../data/schema';
import { inSeason } from './season';
import type { DwellParam, RoutingParams, SpeedParam } from './params';
import { CARRIERS, type Carrier, type Hours, type NetNode, type TransportMode } from './types';

export const ZERO: Hours = { min: 0, typical: 0, max: 0 };

export const addHours = (a: Hours, b: Hours): Hours => ({
  min: a.min + b.min,
  typical: a.typical + b.typical,
  max: a.max + b.max,
});

/** A sourced range may omit its typical value: take the middle. */
export const fromRange = (r: Range): Hours => ({ min: r.min, typical: r.typical ?? (r.min + r.max) / 2, max: r.max });

const KNOT_KMH = 1.852;

/** A speed parameter in km/h, whatever unit its source used. */
export function speedKmh(p: SpeedParam): Hours {
  const f = p.unit === 'knots' ? KNOT_KMH : p.unit === 'km/day' ? 1 / 24 : 1;
  return { min: p.value.min * f, typical: p.value.typical * f, max: p.value.max * f };
}

/** The fastest speed gives the shortest time. */
export const hoursAt = (km: number, kmh: Hours): Hours => ({
  min: km / kmh.max,
  typical: km / kmh.typical,
  max: km / kmh.min,
});

/**
 * A leg's speed: by mode, and for rail by mainline (`westmost`: the leg's westernmost longitude) or else by network.
 * A rail leg through several networks (a line drawn across a border) runs at the slowest of them; a country in no
 * region runs at its gauge's speed.
 */
export function segmentSpeed(
  params: RoutingParams,
  mode: TransportMode,
  gauge: 1435 | 1520 | 1676 | undefined,
  countries: string[],
  corridors: readonly string[] = [],
  westmost = -180,
): SpeedParam {
  if (mode !== 'rail') return params.speed[mode];
  const line = params.railLines.find((l) => corridors.includes(l.corridor) && westmost > (l.eastOf ?? -180));
  if (line) return line.speed;
  const byGauge = params.speed.rail[gauge ?? 1435];
  const speeds = countries.map((c) => params.railRegions.find((r) => r.countries.includes(c))?.speed ?? byGauge);
  if (!speeds.length) return byGauge;
  return speeds.reduce((slow, s) => (speedKmh(s).typical < speedKmh(slow).typical ? s : slow));
}

export const carrierMode = (c: Carrier): TransportMode => (c.startsWith('rail') ? 'rail' : (c as TransportMode));
export const carrierGauge = (c: Carrier): 1435 | 1520 | 1676 | undefined =>
  c.startsWith('rail-') ? (Number(c.slice(5)) as 1435 | 1520 | 1676) : undefined;
export const carrierAt = (i: number): Carrier => CARRIERS[i] ?? 'road';

export interface Dwell {
  hours: Hours;
  sources: string[];
  kind: 'gauge_change' | 'transshipment';
}

/** A dwell parameter's value and sources in a month (its seasonal value when the month is in that season). */
export function dwellIn(p: DwellParam, month?: number): { hours: Hours; sources: string[] } {
  if (p.seasonal && month !== undefined && inSeason(month, p.seasonal.season))
    return { hours: p.seasonal.value, sources: p.seasonal.sources };
  if (p.seasonal && month === undefined)
    return { hours: { ...p.value, max: Math.max(p.value.max, p.seasonal.value.max) }, sources: p.sources };
  return { hours: p.value, sources: p.sources };
}

/** Where a node's own dwell comes from: its dwell sources, else the node's sources. */
const nodeDwellSources = (node: NetNode): string[] => node.dwellSources ?? node.sources;

/** Which default dwell a change of carrier at a node costs. */
export function transferParam(params: RoutingParams, from: Carrier, to: Carrier, nodeId?: string): DwellParam {
  const a = carrierMode(from);
  const b = carrierMode(to);
  const d = params.dwell;
  if (a === 'rail' && b === 'rail') return d.gaugeChange;
  if (b === 'sea') return nodeId && params.majorPorts.includes(nodeId) ? d.shipLoadMajor : d.shipLoad;
  if (a === 'sea') return nodeId && params.majorPorts.includes(nodeId) ? d.shipUnloadMajor : d.shipUnload;
  if (b === 'ferry') return d.ferryBoard;
  if (a === 'ferry') return d.ferryUnload;
  return d.railRoad;
}

/**
 * Dwell for changing carrier at a node. A node's own dwell covers everything that happens there; at a border
 * crossing it is already paid on arrival, so the transfer itself then adds nothing.
 */
export function transferDwell(params: RoutingParams, node: NetNode, from: Carrier, to: Carrier, month?: number): Dwell {
  const kind = carrierMode(from) === 'rail' && carrierMode(to) === 'rail' ? 'gauge_change' : 'transshipment';
  if (node.dwell) {
    const hours = node.kind === 'border_crossing' ? ZERO : node.dwell;
    return { hours, sources: nodeDwellSources(node), kind };
  }
  return { ...dwellIn(transferParam(params, from, to, node.id), month), kind };
}

/** A crossing point between two members of one customs union. */
const insideUnion = (params: RoutingParams, node: NetNode): boolean =>
  node.countries.length === 2 && params.customsUnions.some((u) => node.countries.every((c) => u.countries.includes(c)));

/** Dwell for passing a border crossing on a carrier (customs, handover; not a gauge change). */
export function borderDwell(
  params: RoutingParams,
  node: NetNode,
  carrier: Carrier,
): { hours: Hours; sources: string[] } {
  if (node.dwell) return { hours: node.dwell, sources: nodeDwellSources(node) };
  if (carrierMode(carrier) === 'road') return dwellIn(params.dwell.borderRoad);
  return dwellIn(insideUnion(params, node) ? params.dwell.unionBorderRail : params.dwell.borderRail);
}

/**
 * Dwell for a border crossed along a leg (see NetSegment.unmarkedBorders): the default border dwell on land; nothing
 * extra by sea or ferry, where customs are part of the port dwell already counted at loading and unloading.
 */
export function legBorderDwell(params: RoutingParams, mode: TransportMode): { hours: Hours; sources: string[] } {
  if (mode === 'road' || mode === 'rail')
    return dwellIn(mode === 'road' ? params.dwell.borderRoad : params.dwell.borderRail);
  return { hours: ZERO, sources: (mode === 'ferry' ? params.dwell.ferryBoard : params.dwell.shipLoad).sources };
}

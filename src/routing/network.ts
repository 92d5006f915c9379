// Builds the routing network from the data: every rail, road, ferry and sea segment becomes a two-way leg between
// its nodes, carried by one carrier (a mode, and for rail a gauge). Pipelines carry no containers and are left out.
import type { Dataset, LegFacts, NodeFeature, SegmentFeature } from '../data/schema';
import { DEFAULT_PARAMS, type RoutingParams } from './params';
import { adjacency, transferMasks } from './network-index';
import { legFacts, linesOf } from './leg-facts';
import { fromRange, hoursAt, segmentSpeed, speedKmh } from './timing';
import {
  CARRIERS,
  type Carrier,
  type NetCorridor,
  type NetNode,
  type NetSegment,
  type Network,
  type Season,
} from './types';

export type NetworkInput = Pick<Dataset, 'nodes' | 'segments' | 'corridors' | 'drawnCountries' | 'legFacts'>;

/** A node's own dwell: the crossing's parameter, else the record's figure; none for a port (see NetNode.dwell). */
function ownDwell(p: NodeFeature['properties'], params: RoutingParams): Pick<NetNode, 'dwell' | 'dwellSources'> {
  const param = params.crossingDwell[p.id];
  if (param) return { dwell: param.value, dwellSources: param.sources };
  if (p.kind === 'seaport' || !p.dwellHours) return {};
  return { dwell: fromRange(p.dwellHours), dwellSources: p.dwellSource ? [p.dwellSource] : p.sources };
}

function toNode(f: NodeFeature, index: number, params: RoutingParams): NetNode {
  const p = f.properties;
  return {
    index,
    id: p.id,
    names: p.names,
    aliases: p.aliases,
    kind: p.kind,
    countries: p.countries,
    sides: p.sides?.map((s) => ({ country: s.country, gauge: s.gauge })),
    status: p.status,
    planned: p.planned,
    modes: p.modes,
    ...ownDwell(p, params),
    sources: p.sources,
    coord: f.geometry.coordinates,
    carriers: 0,
  };
}

/**
 * A leg's length: the published distance where the data gives one (its typical value, else the middle of its
 * range), since a road or rail line drawn through a few towns is shorter than the way it winds; else the geometry's.
 */
function legKm(f: SegmentFeature, facts: LegFacts): number {
  const published = f.properties.lengthKm;
  if (published) return published.typical ?? (published.min + published.max) / 2;
  return facts.km;
}

/**
 * Countries a leg between two nodes lies in when its drawn line has not been read against the borders (sea and
 * ferry legs, or data without the boundary lines): those the ends share, else both ends' in travel order.
 */
export function legCountries(a: NetNode, b: NetNode): string[] {
  const common = a.countries.filter((c) => b.countries.includes(c));
  return common.length ? common : [...a.countries, ...b.countries.filter((c) => !a.countries.includes(c))];
}

function gaugeOf(p: SegmentFeature['properties'], countries: string[], params: RoutingParams): 1435 | 1520 | 1676 {
  if (p.gauge) return p.gauge;
  if (countries.some((c) => params.indianGaugeCountries.includes(c))) return 1676;
  if (countries.some((c) => params.broadGaugeCountries.includes(c))) return 1520;
  return 1435;
}

/** A segment without its own season is seasonal when it is a sea leg and every corridor it serves is. */
function seasonOf(p: SegmentFeature['properties'], corridors: Map<string, NetCorridor>): Season | undefined {
  if (p.season) return p.season;
  if (p.mode !== 'sea' && p.mode !== 'ferry') return undefined;
  const seasons = p.corridors.map((id) => corridors.get(id)?.season);
  return seasons.every((s) => s) ? seasons[0] : undefined;
}

/**
 * Borders crossed along a leg rather than at a crossing point: by sea or ferry between two countries' ports, or on
 * land where the data has no crossing point (a line drawn from a Kyrgyz city to an Uzbek one, or Romania to Germany
 * through Hungary and Austria). A border inside a customs union is kept with its union: it has no formalities, but
 * the route still crosses it.
 */
function bordersAlong(countries: string[], from: NetNode, to: NetNode, mode: string, params: RoutingParams) {
  const land = mode === 'rail' || mode === 'road';
  if (land && (from.kind === 'border_crossing' || to.kind === 'border_crossing')) return [];
  const borders: NetSegment['bordersAlong'] = [];
  for (let i = 1; i < countries.length; i++) {
    const a = countries[i - 1]!;
    const b = countries[i]!;
    const union = params.customsUnions.find((u) => u.countries.includes(a) && u.countries.includes(b));
    borders.push(union ? { countries: [a, b], union: union.id } : { countries: [a, b] });
  }
  return borders;
}

/**
 * Every country a container can pass in the network, the ones its legs only run through included (Switzerland,
 * with no place of its own, lies on the line from Duisburg to Milan); what the avoid list offers.
 */
export function networkCountries(net: Pick<Network, 'nodes' | 'segments'>): string[] {
  const all = new Set<string>();
  for (const n of net.nodes) if (n.carriers) n.countries.forEach((c) => all.add(c));
  for (const s of net.segments) s.countries.forEach((c) => all.add(c));
  return [...all];
}

export function buildNetwork(data: NetworkInput, params: RoutingParams = DEFAULT_PARAMS): Network {
  const warnings: string[] = [];
  const nodes = data.nodes.map((f, i) => toNode(f, i, params));
  const nodeIndex = new Map(nodes.map((n) => [n.id, n.index]));
  const corridors = new Map<string, NetCorridor>(
    data.corridors.map((c) => [c.id, { id: c.id, names: c.names, parent: c.parent, season: c.season }]),
  );
  const segments: NetSegment[] = [];
  for (const f of data.segments) {
    const p = f.properties;
    if (p.mode === 'pipeline') continue;
    const a = nodeIndex.get(p.from);
    const b = nodeIndex.get(p.to);
    const from = a === undefined ? undefined : nodes[a];
    const to = b === undefined ? undefined : nodes[b];
    if (!from || !to) {
      warnings.push(`segment ${p.id}: unknown node ${from ? p.to : p.from}; left out`);
      continue;
    }
    const countries = data.drawnCountries?.[p.id] ?? legCountries(from, to);
    const gauge = p.mode === 'rail' ? gaugeOf(p, countries, params) : undefined;
    if (p.mode === 'rail' && !p.gauge) warnings.push(`segment ${p.id}: no gauge given; assumed ${gauge} mm`);
    const carrier = CARRIERS.indexOf(p.mode === 'rail' ? (`rail-${gauge}` as Carrier) : p.mode);
    // The facts of the full geometry, worked out at build time; from the geometry at hand when the data has none.
    const facts = data.legFacts?.[p.id] ?? legFacts(p.mode, f.geometry);
    const km = legKm(f, facts);
    const lines = linesOf(f.geometry);
    const speedParam = segmentSpeed(params, p.mode, gauge, countries, p.corridors, facts.westmost);
    const speed = speedKmh(speedParam);
    const along = bordersAlong(countries, from, to, p.mode, params);
    segments.push({
      index: segments.length,
      id: p.id,
      mode: p.mode,
      gauge,
      carrier,
      from: from.index,
      to: to.index,
      km,
      hours: p.hours ? fromRange(p.hours) : hoursAt(km, speed),
      hoursFrom: p.hours ? 'segment' : 'speed',
      timeSources: p.hours ? p.sources : speedParam.sources,
      status: p.status,
      planned: p.planned,
      season: seasonOf(p, corridors),
      corridors: p.corridors,
      countries,
      bordersAlong: along,
      unmarkedBorders: along.filter((b) => !b.union).map((b) => b.countries),
      passages: facts.passages,
      names: p.names,
      sources: p.sources,
      coordinates: lines,
    });
    from.carriers |= 1 << carrier;
    to.carriers |= 1 << carrier;
  }
  const { adjStart, adjSegments } = adjacency(nodes.length, segments);
  return {
    nodes,
    segments,
    nodeIndex,
    segmentIndex: new Map(segments.map((s) => [s.id, s.index])),
    corridors,
    adjStart,
    adjSegments,
    segFrom: Int32Array.from(segments, (s) => s.from),
    segTo: Int32Array.from(segments, (s) => s.to),
    segCarrier: Uint8Array.from(segments, (s) => s.carrier),
    transferMask: transferMasks(nodes),
    warnings,
    params,
  };
}

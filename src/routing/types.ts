// The shapes the route planner works with: the network it builds from the data, the question a caller asks
// and the answer it gets back. Plain data only, so a UI, a CLI and tests can all hold them.
import type { Position } from 'geojson';
import type { Gauge, Names, Status } from '../data/schema';
import type { RoutingParams } from './params';

/** The modes a container can travel by (pipelines carry no containers). */
export const TRANSPORT_MODES = ['rail', 'road', 'ferry', 'sea'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/**
 * What a container rides on: a mode, and for rail the gauge. A change of carrier at a node is a transfer
 * (a gauge change or a transshipment) and costs dwell time.
 */
export const CARRIERS = ['rail-1435', 'rail-1520', 'rail-1676', 'road', 'ferry', 'sea'] as const;
export type Carrier = (typeof CARRIERS)[number];

export interface Hours {
  min: number;
  typical: number;
  max: number;
}

export interface Season {
  from: number;
  to: number;
}

export interface NetNode {
  index: number;
  id: string;
  names: Names;
  aliases: string[];
  kind: string;
  countries: string[];
  /** For border crossings: the two sides, index 0 and 1. */
  sides?: { country: string; gauge?: Gauge }[];
  status: Status;
  planned?: number;
  modes: string[];
  /** The node's own dwell from a source; replaces the default dwell of whatever happens there. */
  dwell?: Hours;
  dwellSource?: string;
  coord: Position;
  /** Bit set of the carriers whose legs touch this node (bit i = CARRIERS[i]). */
  carriers: number;
}

export interface NetSegment {
  index: number;
  id: string;
  mode: TransportMode;
  gauge?: Gauge;
  carrier: number;
  from: number;
  to: number;
  /** Length of the drawn geometry. */
  km: number;
  /** Transit time: the segment's own sourced hours where given, else derived from speed. */
  hours: Hours;
  hoursFrom: 'segment' | 'speed';
  status: Status;
  planned?: number;
  season?: Season;
  corridors: string[];
  /** Countries the leg runs through, in from → to order (derived from its end nodes). */
  countries: string[];
  /** Borders the leg crosses itself: by sea or ferry, or on land with no crossing point in the data (from → to). */
  unmarkedBorders: [string, string][];
  names?: Names;
  sources: string[];
  coordinates: Position[][];
}

export interface NetCorridor {
  id: string;
  names: Names;
  season?: Season;
}

export interface Network {
  nodes: NetNode[];
  segments: NetSegment[];
  nodeIndex: Map<string, number>;
  segmentIndex: Map<string, number>;
  corridors: Map<string, NetCorridor>;
  /** Incident segments per node, compressed: adjSegments[adjStart[n] .. adjStart[n + 1]). */
  adjStart: Int32Array;
  adjSegments: Int32Array;
  /** Segment ends and carriers in flat arrays, for the search's inner loop. */
  segFrom: Int32Array;
  segTo: Int32Array;
  segCarrier: Uint8Array;
  /** Per node and carrier: bit set of the carriers a container may change to there. */
  transferMask: Uint8Array;
  /** Things in the data the planner had to guess around (missing gauge, dangling endpoints). */
  warnings: string[];
  /** The speeds and dwell times the network was built with. */
  params: RoutingParams;
}

export type Criterion = 'time' | 'distance';

export interface RouteQuery {
  /** Node id, or a name or alias in any language. */
  from: string;
  to: string;
  via?: string[];
  by?: Criterion;
  /** Modes allowed; all four when absent or empty. */
  modes?: TransportMode[];
  /** ISO 3166-1 alpha-3 codes: no leg or node in these countries. */
  avoid?: string[];
  /** Also use planned and under-construction links (a scenario, not today's network). */
  includePlanned?: boolean;
  /** Month of departure 1–12: seasonal legs outside their window are closed. Absent: all legs open. */
  month?: number;
  /** How many alternatives besides the best route (default 3). */
  alternatives?: number;
}

export interface Leg {
  segment: string;
  mode: TransportMode;
  gauge?: Gauge;
  from: string;
  to: string;
  km: number;
  hours: Hours;
  hoursFrom: 'segment' | 'speed';
  status: Status;
  planned?: number;
  season?: Season;
  corridors: string[];
  countries: string[];
  sources: string[];
}

export type TransferKind = 'gauge_change' | 'transshipment' | 'border';

export interface Transfer {
  /** The leg index after which this happens. */
  afterLeg: number;
  at: string;
  kind: TransferKind;
  fromCarrier: Carrier;
  toCarrier: Carrier;
  hours: Hours;
  /** Where the dwell comes from: the node's own source or a default parameter. */
  source: string;
  /** For border events: the two countries, in travel order. */
  countries?: [string, string];
  /** A border crossed along the leg (by sea, or on land with no crossing point); `at` is then the leg's end. */
  unmarked?: boolean;
}

export interface Route {
  /** Stable signature of the route: its segment ids in order. */
  id: string;
  from: string;
  to: string;
  via: string[];
  km: number;
  hours: Hours;
  days: Hours;
  /** Borders passed: at crossing points, between two countries' ports, and on land legs with no crossing point. */
  borderCrossings: number;
  /** The crossing points passed, in order. */
  crossings: string[];
  gaugeBreaks: number;
  transshipments: number;
  countries: string[];
  corridors: string[];
  legs: Leg[];
  transfers: Transfer[];
  /** Non-operational links the route needs (include-planned scenario). */
  plannedLinks: string[];
  /** Seasonal legs on the route, with their windows. */
  seasonal: { segment: string; season: Season }[];
}

export type FailureCode =
  | 'bad_query'
  | 'unknown_place'
  | 'ambiguous_place'
  | 'same_place'
  | 'endpoint_excluded'
  | 'blocked_by_avoid'
  | 'blocked_by_status'
  | 'blocked_by_season'
  | 'blocked_by_modes'
  | 'blocked_by_several'
  | 'no_legs'
  | 'unreachable';

export interface PlaceRef {
  id: string;
  name: string;
}

export type PlanResult =
  | { ok: true; query: ResolvedQuery; routes: Route[] }
  | { ok: false; code: FailureCode; reason: string; candidates?: PlaceRef[] };

/** The query after names were resolved and defaults applied. */
export interface ResolvedQuery {
  from: string;
  to: string;
  via: string[];
  by: Criterion;
  modes: TransportMode[];
  avoid: string[];
  includePlanned: boolean;
  month?: number;
  alternatives: number;
}

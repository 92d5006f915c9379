// The question a caller asks the planner and the answer it gets back: plain data a UI, the CLI and tests share.
import type { Gauge, Status } from '../data/schema';
import type { ServiceClass } from './param-types';
import type { Carrier, Hours, Season, TransportMode } from './types';

export type Criterion = 'time' | 'distance';

export interface RouteQuery {
  /** Node id, or a name or alias in any language. */
  from: string;
  to: string;
  via?: string[];
  by?: Criterion;
  /** Modes allowed; all four when absent or empty. */
  modes?: TransportMode[];
  /** ISO 3166-1 alpha-3 codes: no leg or node in these countries; SUEZ: no sea leg through Suez or the Red Sea. */
  avoid?: string[];
  /** Also use planned and under-construction links (a scenario, not today's network). */
  includePlanned?: boolean;
  /** Month of departure 1–12: seasonal legs outside their window are closed. Absent: all legs open. */
  month?: number;
  /** How many alternatives besides the best route (default 3). */
  alternatives?: number;
  /** The kind of train (service.ts): dwell at crossings and ferry berths by class. Default: scheduled block train. */
  service?: ServiceClass;
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
  /** The segment's sources. */
  sources: string[];
  /** Where the hours come from: the segment's sources, or the speed parameter's. */
  timeSources: string[];
  /** kg CO2e for one TEU on this leg (emissions.ts: km × intensity × payload). */
  co2eKg: Hours;
}

/** What a route costs per container where a published rate covers it (rates.ts). */
export interface RouteCost {
  /** US dollars per 40-foot container, summed over the rates that apply. */
  usdPerFeu: Hours;
  /** Each rate: what it covers, its date and sources. */
  rates: { id: string; covers: string; date: string; sources: string[] }[];
  /** Whether the rates cover the whole route; when not, the rest has no published rate. */
  complete: boolean;
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
  /** Where the dwell comes from: the node's own source(s) or a default parameter's. */
  sources: string[];
  /** For border events: the two countries, in travel order. */
  countries?: [string, string];
  /** A border crossed along the leg (by sea, or on land with no crossing point); `at` is then the leg's end. */
  unmarked?: boolean;
  /** The customs union both sides of the border belong to (params.customsUnions): no formalities, no dwell. */
  union?: string;
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
  /** The countries the cargo enters, in order; a port a ship only sails past does not count. */
  countries: string[];
  /** Countries whose ports a ship sails past or calls at in passing, the cargo staying aboard (Singapore, Egypt). */
  sailsPast: string[];
  /** The corridors the route runs on, most km first; those under a tenth of its length left out (at least one). */
  corridors: string[];
  legs: Leg[];
  transfers: Transfer[];
  /** Non-operational links the route needs (include-planned scenario). */
  plannedLinks: string[];
  /** Seasonal legs on the route, with their windows. */
  seasonal: { segment: string; season: Season }[];
  /** kg CO2e for one TEU over the route: the sum of its legs. */
  co2eKg: Hours;
  /** Per container where a published rate covers the route (or part of it); absent: no published rate. */
  cost?: RouteCost;
  /** Set on the route "compare with sea" adds: the best route whose main haul is by sea. */
  seaComparison?: boolean;
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
  | 'blocked_by_ban'
  | 'no_legs'
  | 'unreachable';

export interface PlaceRef {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-3 codes, so a suggestion can say which Samara it means. */
  countries: string[];
}

/** One thing standing in the way of a route, as data, so a UI can say it in its own language. */
export type Cause =
  | { kind: 'avoid'; countries: string[]; together: boolean }
  | {
      kind: 'status';
      /** The first link that is not open: a segment or a node id. */
      link: string;
      status: Status;
      planned?: number;
      /** When the link is at a border crossing: the crossing and the two countries it joins. */
      crossing?: string;
      countries?: [string, string];
    }
  | { kind: 'season'; month: number; legs: { segment: string; corridor?: string; season: Season }[] }
  | { kind: 'modes'; allowed: TransportMode[]; needed: TransportMode[] }
  /** Goods that have been in `from` may not enter `into` (params.entryBans), and the question needs both. */
  | { kind: 'ban'; from: string; into: string; since: string };

/** The entry ban a route was planned around (entry-bans.ts), and the country the route then keeps out of. */
export interface PlannedAround {
  from: string;
  into: string;
  since: string;
  avoided: string;
}

export type PlanResult =
  | {
      ok: true;
      query: ResolvedQuery;
      routes: Route[];
      /** The best route broke an entry ban and was planned again without `avoided`, one of its two countries. */
      plannedAround?: PlannedAround;
    }
  | {
      ok: false;
      code: FailureCode;
      /** The answer in English words. */
      reason: string;
      /** For blocked_by_*: what is in the way (several for blocked_by_several). */
      causes?: Cause[];
      /** For unknown or ambiguous places: the places meant, perhaps. */
      candidates?: PlaceRef[];
    };

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
  /** The service class the answer assumes. */
  service: ServiceClass;
}

// The shape of the routing assumptions: ranges with the sources they rest on. The values are in params.ts.
import type { Hours, Season } from './types';

export interface SpeedParam {
  value: Hours;
  unit: 'km/h' | 'km/day' | 'knots';
  sources: string[];
  basis: string;
}

export interface DwellParam {
  /** Hours. */
  value: Hours;
  sources: string[];
  basis: string;
  /** Another value for part of the year (months inclusive; may wrap the new year), e.g. Caspian winter storms. */
  seasonal?: { season: Season; value: Hours; sources: string[]; basis: string };
}

/**
 * What kind of train a container rides: an express block train given priority (a record or express service), a
 * scheduled block train (the default, and what the fitted typical values describe), or a regular or wagonload
 * service that waits at borders as the average train does.
 */
export const SERVICE_CLASSES = ['express', 'block', 'regular'] as const;
export type ServiceClass = (typeof SERVICE_CLASSES)[number];

export interface ServiceClassParam {
  /**
   * At rail border crossings, gauge changes and Caspian ferry berths: 'fastest' takes each dwell's sourced minimum
   * (a train cleared and loaded first), 'typical' keeps the typical values.
   */
  waits: 'fastest' | 'typical';
  /**
   * Where given, the whole dwell at a rail border crossing outside a customs union (border, customs and any gauge
   * change there) is at least this: the average train's, for a service that waits as it does.
   */
  railCrossing?: { value: Hours; sources: string[]; basis: string };
  sources: string[];
  basis: string;
}

export interface RailRegion {
  id: string;
  countries: string[];
  speed: SpeedParam;
}

/**
 * A mainline whose container trains run to a timetable of their own (the Trans-Siberian's accelerated container
 * trains): a rail leg of this corridor runs at this speed whatever the network it lies in.
 */
export interface RailLine {
  id: string;
  /** The corridor whose legs make up the line (segments' `corridors`). */
  corridor: string;
  /** Only the legs drawn wholly east of this longitude (the part of the line the speed was measured on). */
  eastOf?: number;
  speed: SpeedParam;
}

export interface EntryBan {
  from: string;
  into: string;
  /** When the ban began (ISO date). */
  since: string;
  sources: string[];
  basis: string;
}

export interface RoutingParams {
  speed: {
    rail: { 1435: SpeedParam; 1520: SpeedParam; 1676: SpeedParam };
    road: SpeedParam;
    ferry: SpeedParam;
    sea: SpeedParam;
  };
  /**
   * Rail speed by network: a rail leg runs at the speed of the slowest region among its countries; a country in no
   * region runs at its gauge's speed.
   */
  railRegions: RailRegion[];
  /** Mainlines whose legs run at a speed of their own, before the regions are asked. */
  railLines: RailLine[];
  dwell: {
    /** Customs and handover at a rail border crossing, without the gauge change. */
    borderRail: DwellParam;
    borderRoad: DwellParam;
    /** A rail border inside a customs union: no customs, only the handover between railways. */
    unionBorderRail: DwellParam;
    /** Moving containers between wagons of two gauges (on top of the border dwell when at a crossing). */
    gaugeChange: DwellParam;
    railRoad: DwellParam;
    /** Onto a ship at one of `majorPorts`: port dwell and the wait for the sailing. */
    shipLoadMajor: DwellParam;
    /** Onto a ship at any other port (feeder and regional ports with weekly or rarer sailings). */
    shipLoad: DwellParam;
    /** Off a ship at one of `majorPorts` and onto a train or truck. */
    shipUnloadMajor: DwellParam;
    /** Off a ship at any other port. */
    shipUnload: DwellParam;
    /** Onto a Caspian ferry: the queue for a departure and loading. */
    ferryBoard: DwellParam;
    ferryUnload: DwellParam;
    /**
     * On top of a rail crossing's own dwell, for a train from China that ends in Central Asia (arrival.ts): import
     * clearance, splitting and onward forwarding, which the through trains to Europe do not wait for.
     */
    centralAsiaArrival: DwellParam;
  };
  /** Container ports with daily mainline sailings, where `shipLoadMajor` and `shipUnloadMajor` apply. */
  majorPorts: string[];
  /**
   * A crossing's own dwell (border, customs and, where the gauge changes, the transfer), by node id. It replaces
   * the crossing record's figure, so the model's figure and its basis are kept in one place.
   */
  crossingDwell: Record<string, DwellParam>;
  /**
   * Customs unions whose internal borders have no customs formalities: a crossing point between two members costs
   * `unionBorderRail`, and a leg that crosses such a border without a crossing point costs nothing.
   */
  customsUnions: { id: string; countries: string[]; sources: string[] }[];
  /**
   * Goods that have been in one country may not enter another (entry-bans.ts): a route that enters `into` after
   * `from` is planned around one of the two, and none is offered when the question itself asks for it.
   */
  entryBans: EntryBan[];
  /** Dwell by service class (service.ts); a query that names none is asked of the scheduled block train. */
  service: Record<ServiceClass, ServiceClassParam>;
  /** Gauge assumed for a rail segment that states none, by country. */
  broadGaugeCountries: string[];
  indianGaugeCountries: string[];
}

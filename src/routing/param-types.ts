// The shape of the routing assumptions: ranges with the sources they rest on. The values are in params.ts.
import type { Hours } from './types';

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
}

export interface RailRegion {
  id: string;
  countries: string[];
  speed: SpeedParam;
}

export interface RoutingParams {
  speed: {
    rail: { 1435: SpeedParam; 1520: SpeedParam; 1676: SpeedParam };
    road: SpeedParam;
    ferry: SpeedParam;
    sea: SpeedParam;
  };
  /** A rail leg wholly inside one of these regions runs at the region's speed instead of its gauge's. */
  railRegions: RailRegion[];
  dwell: {
    /** Customs and handover at a rail border crossing, without the gauge change. */
    borderRail: DwellParam;
    borderRoad: DwellParam;
    /** Moving containers between wagons of two gauges (on top of the border dwell when at a crossing). */
    gaugeChange: DwellParam;
    railRoad: DwellParam;
    /** Onto a ship: port dwell and the wait for the sailing. */
    shipLoad: DwellParam;
    shipUnload: DwellParam;
    /** Onto a Caspian ferry: the queue for a departure and loading. */
    ferryBoard: DwellParam;
    ferryUnload: DwellParam;
  };
  /**
   * Customs unions whose internal borders have no border formalities: a leg that crosses such a border without a
   * crossing point in the data is not counted as a border crossing.
   */
  customsUnions: { id: string; countries: string[]; sources: string[] }[];
  /** Gauge assumed for a rail segment that states none, by country. */
  broadGaugeCountries: string[];
  indianGaugeCountries: string[];
}

// How a published journey is asked of the planner and scored, without the file's schema (journeys.ts holds that,
// for the build and the tests), so the planner in the browser can put the journeys beside its answers. A journey
// passes when the planner's typical days fall inside the published range widened by a fifth on each side; the error
// is the planner's typical days against the published typical.
import type { ServiceClass } from '../param-types';
import { planRoutes } from '../plan';
import { DEFAULT_SERVICE } from '../service';
import type { Hours, Network, Route, RouteQuery, TransportMode } from '../types';

/** A published journey as the planner reads it: the fields of journeys.json that ask and score it. */
export interface PublishedJourney {
  id: string;
  name: string;
  from: string;
  to: string;
  via?: string[];
  modes?: TransportMode[];
  avoid?: string[];
  month?: number;
  service?: ServiceClass;
  days: Hours;
  km?: number;
  date: string;
  heldOut: boolean;
  sources: { publisher: string; title: string; date: string; url: string }[];
}

/** The service class a journey is asked of. */
export const journeyService = (j: PublishedJourney): ServiceClass => j.service ?? DEFAULT_SERVICE;

/** How far outside the published range the planner may be and still pass: a fifth of the range's ends. */
export const TOLERANCE = 0.2;

export interface JourneyResult<J extends PublishedJourney = PublishedJourney> {
  journey: J;
  /** The planner's route, or why it found none. */
  route?: Route;
  reason?: string;
  /** Planner's typical days minus the published typical, as a share of the published typical. */
  error?: number;
  /** The planner's typical days fall within [min × 0.8, max × 1.2]. */
  within: boolean;
}

export function journeyQuery(j: PublishedJourney): RouteQuery {
  const { from, to, via, modes, avoid, month } = j;
  return { from, to, via, modes, avoid, month, alternatives: 0, service: journeyService(j) };
}

export function evaluateJourney<J extends PublishedJourney>(net: Network, j: J): JourneyResult<J> {
  const plan = planRoutes(net, journeyQuery(j));
  if (!plan.ok) return { journey: j, reason: plan.reason, within: false };
  const route = plan.routes[0]!;
  const days = route.days.typical;
  const error = days / j.days.typical - 1;
  const within = days >= j.days.min * (1 - TOLERANCE) && days <= j.days.max * (1 + TOLERANCE);
  return { journey: j, route, error, within };
}

const median = (xs: number[]): number | undefined => {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface CalibrationSummary {
  /** Median absolute error (share of published typical) of the fitted and the held-out journeys that route. */
  fitted?: number;
  heldOut?: number;
  /** How many journeys each median is taken over. */
  fittedCount: number;
  heldOutCount: number;
  within: number;
  routed: number;
  total: number;
}

export function summariseCalibration(results: JourneyResult[]): CalibrationSummary {
  const abs = (held: boolean) =>
    results.filter((r) => r.journey.heldOut === held && r.error !== undefined).map((r) => Math.abs(r.error!));
  return {
    fitted: median(abs(false)),
    heldOut: median(abs(true)),
    fittedCount: abs(false).length,
    heldOutCount: abs(true).length,
    within: results.filter((r) => r.within).length,
    routed: results.filter((r) => r.route).length,
    total: results.length,
  };
}

/** The places a route passes, in order: its origin and the end of each leg. */
const stopsOf = (route: Route): string[] => [route.legs[0]?.from ?? route.from, ...route.legs.map((l) => l.to)];

/** Whether `places` are all on `stops`, in that order. */
function inOrder(stops: readonly string[], places: readonly string[]): boolean {
  let at = -1;
  for (const place of places) {
    at = stops.indexOf(place, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** A published journey over a route, and whether it ran the other way. */
export interface JourneyOnRoute<J extends PublishedJourney = PublishedJourney> {
  journey: J;
  reversed: boolean;
}

/**
 * The journeys that run over part or all of a route: their origin, their stops and their destination are places the
 * route passes, in that order, or in the opposite order for a journey that ran the other way (listed after).
 */
export function journeysOnRoute<J extends PublishedJourney>(route: Route, journeys: readonly J[]): JourneyOnRoute<J>[] {
  const stops = stopsOf(route);
  const places = (j: J) => [j.from, ...(j.via ?? []), j.to];
  const along = journeys.filter((j) => inOrder(stops, places(j))).map((journey) => ({ journey, reversed: false }));
  const back = journeys
    .filter((j) => !inOrder(stops, places(j)) && inOrder(stops, places(j).reverse()))
    .map((journey) => ({ journey, reversed: true }));
  return [...along, ...back];
}

// What the answer says beside its numbers: the crossings each route passes, what the chosen month closes or slows
// (the Arctic legs outside July–November, the Caspian ferries in winter), and why two routes that take the same
// time are listed in the order they are.
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { BASEMAP_BOUNDS } from '../layers/basemap-tiles';
import {
  arrivalWait,
  endsInCentralAsia,
  isChinaExit,
  planRoutes,
  planSeaRoute,
  type Network,
  type PlanResult,
  type Route,
  type ServiceClass,
} from '../routing';
import { inSeason } from '../routing/season';
import type { Criterion } from '../routing';
import { planQuery, type RoutePlan } from '../store/route-slice';
import { unionName } from './leg-text';
import { routeLabel } from './route-labels';
import {
  corridorName,
  countryList,
  daysText,
  formatNumber,
  hoursText,
  joinList,
  linkName,
  monthName,
  placeName,
} from './words';

/** Every border a route passes, in order: the crossing point's name, or the two countries when it has none. */
export function crossingNames(net: Network, route: Route, lang: Lang): string[] {
  return route.transfers
    .filter((tr) => tr.kind === 'border')
    .map((tr) => {
      if (!tr.unmarked) return placeName(net, tr.at, lang);
      const [a = '', b = ''] = tr.countries ?? [];
      const sides = { a: countryList([a], lang), b: countryList([b], lang) };
      if (tr.union) return t(lang, 'routeCrossingUnion', { ...sides, union: t(lang, unionName(tr.union)) });
      return t(lang, tr.hours.max === 0 ? 'routeCrossingSea' : 'routeCrossingOpen', sides);
    });
}

/**
 * The routes for any month (with the sea route when the reader compares with sea), kept per network for the latest
 * plan: the planner takes milliseconds, and this runs once per question.
 */
const anyMonth = new WeakMap<Network, { key: string; routes: Route[] }>();

function routesInAnyMonth(net: Network, plan: RoutePlan): Route[] {
  const query = planQuery({ ...plan, month: null });
  if (!query) return [];
  const key = JSON.stringify([query, plan.compareSea]);
  const last = anyMonth.get(net);
  if (last?.key === key) return last.routes;
  let routes: Route[] = [];
  try {
    const result = planRoutes(net, query);
    routes = result.ok ? result.routes : [];
    const sea = plan.compareSea ? planSeaRoute(net, query) : null;
    if (sea?.ok) routes = [...routes, sea.route];
  } catch {
    routes = [];
  }
  anyMonth.set(net, { key, routes });
  return routes;
}

/**
 * What the month of departure does to the answer, in words: the seasonal legs the best route would take in another
 * month that this month closes, and the longer winter wait for a Caspian ferry on the route shown.
 */
export function monthNotes(net: Network, plan: RoutePlan, shown: Route | null, lang: Lang): string[] {
  const month = plan.month;
  if (month === null) return [];
  const notes: string[] = [];
  const routes = routesInAnyMonth(net, plan);
  // The seasonal legs that any route for any month takes and this month closes.
  const closed = routes.flatMap((r) => r.seasonal).filter((s) => !inSeason(month, s.season));
  if (closed.length) {
    // A corridor that runs only in a season (the Arctic Express) is named as the corridor; a seasonal leg of a
    // corridor that runs all year (the road over the Kulma pass) is named as the leg.
    const seasonalCorridor = (segment: string) =>
      net.segments[net.segmentIndex.get(segment)!]?.corridors.find((id) => net.corridors.get(id)?.season);
    const corridors = [...new Set(closed.flatMap((s) => seasonalCorridor(s.segment) ?? []))].map((id) =>
      corridorName(net, id, lang),
    );
    const legs = [
      ...new Set(closed.filter((s) => !seasonalCorridor(s.segment)).map((s) => linkName(net, s.segment, lang))),
    ];
    const season = closed[0]!.season;
    const vars = { month: monthName(month, lang), from: monthName(season.from, lang), to: monthName(season.to, lang) };
    const best = routes[0]!;
    // When the best route of another month takes the closed legs, the reader learns what the month costs.
    const bestClosed = best.seasonal.some((s) => !inSeason(month, s.season));
    const days = daysText(best.days, lang).days;
    if (corridors.length) {
      const named = { ...vars, legs: corridors.join(', ') };
      notes.push(
        bestClosed ? t(lang, 'routeMonthClosed', { ...named, days }) : t(lang, 'routeMonthClosedOther', named),
      );
    }
    if (legs.length) {
      const named = { ...vars, legs: joinList(legs, lang) };
      notes.push(
        bestClosed ? t(lang, 'routeMonthClosedLegs', { ...named, days }) : t(lang, 'routeMonthClosedLegsOther', named),
      );
    }
  }
  const winter = net.params.dwell.ferryBoard.seasonal;
  if (shown && winter && inSeason(month, winter.season)) {
    const waits = shown.transfers.filter((tr) => tr.toCarrier === 'ferry' && tr.hours.typical === winter.value.typical);
    for (const tr of waits)
      notes.push(
        t(lang, 'routeMonthFerryWinter', {
          month: monthName(month, lang),
          place: placeName(net, tr.at, lang),
          time: hoursText(tr.hours, lang),
          usual: hoursText(net.params.dwell.ferryBoard.value, lang),
        }),
      );
  }
  return notes;
}

/**
 * The wait a train from China that ends in Central Asia takes at the border, in words, where the route shown pays it
 * (routing/arrival.ts): a planner comparing it with a China–Europe train's crossing should see why it is longer.
 */
export function arrivalNotes(net: Network, shown: Route | null, service: ServiceClass, lang: Lang): string[] {
  if (!shown) return [];
  const stops = [shown.from, shown.to].map((id) => net.nodeIndex.get(id)!);
  if (!endsInCentralAsia(net, stops)) return [];
  const wait = arrivalWait(net.params, service);
  if (wait.typical === 0) return [];
  return shown.transfers
    .filter((tr) => tr.kind === 'border' && !tr.unmarked && isChinaExit(net.nodes[net.nodeIndex.get(tr.at)!]!))
    .map((tr) => t(lang, 'routeArrivalWait', { place: placeName(net, tr.at, lang), time: hoursText(wait, lang) }));
}

/**
 * Where the route shown runs south of the basemap (the staged Natural Earth data stops at 12° S, and the camera with
 * it): round the Cape of Good Hope the line leaves the map, so the answer says so rather than let it vanish.
 */
export function offMapNotes(net: Network, shown: Route | null, lang: Lang): string[] {
  if (!shown) return [];
  const south = BASEMAP_BOUNDS[1];
  const below = shown.legs.some((leg) => {
    const seg = net.segments[net.segmentIndex.get(leg.segment)!];
    return seg?.coordinates.some((line) => line.some((p) => p[1]! < south));
  });
  return below ? [t(lang, 'routeOffMap', { lat: formatNumber(Math.abs(south), lang) })] : [];
}

/**
 * Routes that take the same typical days, as the panel shows them, explained: which comes first and why (the
 * planner orders by exact typical hours, or by km for the shortest route), or that nothing separates them.
 */
export function tieNotes(routes: readonly Route[], by: Criterion, lang: Lang): string[] {
  const notes: string[] = [];
  for (let i = 0; i < routes.length; i++)
    for (let j = i + 1; j < routes.length; j++) {
      const a = routes[i]!;
      const b = routes[j]!;
      const days = daysText(a.days, lang).days;
      if (days !== daysText(b.days, lang).days) continue;
      const names = { a: routeLabel(i, lang, a), b: routeLabel(j, lang, b), days };
      const hours = b.hours.typical - a.hours.typical;
      const km = b.km - a.km;
      let reason: string;
      if (b.seaComparison) reason = t(lang, 'routeTieSea', names);
      else if (by === 'time' && Math.round(hours) >= 1)
        reason = t(lang, 'routeTieFaster', { ...names, hours: formatNumber(hours, lang) });
      else if (by === 'time' && hours > 0) reason = t(lang, 'routeTieFasterLittle', names);
      else if (by === 'distance' && km >= 1)
        reason = t(lang, 'routeTieShorter', { ...names, km: formatNumber(km, lang) });
      else reason = t(lang, 'routeTieEqual', names);
      notes.push(t(lang, 'routeTie', { ...names, reason }));
    }
  return notes;
}

/** When the best route would break an entry ban and was planned around it: which ban, and what the routes keep out of. */
export function banNotes(result: PlanResult, lang: Lang): string[] {
  const around = result.ok ? result.plannedAround : undefined;
  if (!around) return [];
  const country = (c: string) => countryList([c], lang);
  return [
    t(lang, 'routeBannedAround', {
      from: country(around.from),
      into: country(around.into),
      since: around.since,
      avoided: country(around.avoided),
    }),
  ];
}

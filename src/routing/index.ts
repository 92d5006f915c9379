/**
 * Route planner engine: pure functions over the parsed data, no React, no map, no DOM.
 *
 *   const net = buildNetwork(dataset, DEFAULT_PARAMS);          // once per data load
 *   const plan = planRoutes(net, { from: 'Xi’an', to: 'Duisburg', avoid: ['RUS'] });
 *   if (plan.ok) plan.routes;                                   // best first, then up to 3 alternatives
 *   else plan.code, plan.reason;                                // e.g. 'blocked_by_season', "the … leg runs July–November; …"
 *
 * - buildNetwork(dataset, params?) → Network: legs by carrier (rail by gauge, road, ferry, sea) joined at nodes;
 *   km from the geometry; hours from the segment's own sourced range, else from speeds in params.
 * - planRoutes(network, query) → PlanResult: { ok: true, query, routes } |
 *   { ok: false, code, reason, causes?, candidates? }: `reason` in English words, `causes` the same as data.
 *   query: from, to, via[] (ids or names/aliases in zh/en/ru), by 'time'|'distance', modes[], avoid[] (ISO3),
 *   includePlanned, month (1–12), alternatives (default 3), service 'express'|'block'|'regular' (default 'block':
 *   a scheduled block train; dwell at rail crossings and ferry berths by class, service.ts). Never throws on user input.
 * - resolvePlace(network | dataset, text) → { ok: true, id, names } | { ok: false, code, reason, candidates }.
 * - routeToGeoJSON(route, network): export of one route (its CSV: planner/route-csv.ts).
 * - formatPlan(network, plan): the plan as a text table (used by `npm run route`).
 * - DEFAULT_PARAMS: speeds and dwell times with the ids of their sources (records in geo/records/sources/).
 *
 * A Route carries km, hours and days as { min, typical, max }, counts of border crossings, gauge breaks and
 * transshipments, countries and corridors in order, the ordered legs (segment id, mode, gauge, from, to, km,
 * hours) and the transfers between them (gauge change, transshipment, border), each with its dwell and sources.
 * A route travels no leg twice, unless the only way on from a via stop is back (no-repeat.ts); its corridors are
 * those carrying at least a tenth of its km, most first.
 * Scenarios: operational links only, or (includePlanned) also planned and under-construction ones; proposed and
 * suspended links are never used. Without a month every seasonal leg is open and listed in route.seasonal.
 */
export { buildNetwork, networkCountries, type NetworkInput } from './network';
export { planRoutes } from './plan';
export { planSeaRoute, type SeaAnswer } from './sea';
export { PASSAGES, isPassageCode } from './passages';
export { resolvePlace, normalizeName, type Resolution } from './resolve';
export { routeToGeoJSON } from './export';
export { formatPlan } from './text';
export { DEFAULT_PARAMS, paramSourceIds, type RoutingParams } from './params';
export { SERVICE_CLASSES, type ServiceClass } from './param-types';
export { serviceNetwork, DEFAULT_SERVICE } from './service';
export { arrivalWait, endsInCentralAsia, isChinaExit } from './arrival';
export * from './types';

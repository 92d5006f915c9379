// Words for the planner: a route's label, the corridors it mostly runs on, its planned and seasonal notes, the
// options in one line, a chosen place's name.
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { TRANSPORT_MODES, type Network, type Route } from '../routing';
import type { RoutePlan } from '../store/route-slice';
import { countryList, modeWord, monthName } from './words';

export const routeLabel = (i: number, lang: Lang, route?: Route) =>
  route?.seaComparison ? t(lang, 'routeSea') : i === 0 ? t(lang, 'routeBest') : t(lang, 'routeAlternative', { n: i });

/**
 * The corridors a route mostly runs on: branches and services counted with the corridor they belong to, those
 * carrying at least a tenth of the route's length, most first.
 */
export function mainCorridors(route: Route, parentOf: ReadonlyMap<string, string>, max = 2): string[] {
  const km = new Map<string, number>();
  for (const l of route.legs) {
    const top = new Set(l.corridors.map((c) => parentOf.get(c) ?? c));
    for (const c of top) km.set(c, (km.get(c) ?? 0) + l.km);
  }
  return [...km]
    .filter(([, k]) => k >= route.km * 0.1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([c]) => c);
}

export function routeNotes(route: Route, lang: Lang): string {
  const out: string[] = [];
  if (route.plannedLinks.length) out.push(t(lang, 'routePlannedLinks', { count: route.plannedLinks.length }));
  for (const s of route.seasonal)
    out.push(t(lang, 'routeSeasonal', { months: `${monthName(s.season.from, lang)}–${monthName(s.season.to, lang)}` }));
  return [...new Set(out)].join('; ') || '—';
}

/**
 * The options in one line, so they can stay folded away: "Fastest · all modes · Operational only · Any month ·
 * scheduled block train".
 */
export function optionsSummary(plan: RoutePlan, lang: Lang): string {
  const parts = [
    t(lang, plan.by === 'time' ? 'routeByTime' : 'routeByDistance'),
    plan.modes.length === TRANSPORT_MODES.length
      ? t(lang, 'routeAllModes')
      : plan.modes.map((m) => modeWord(m, lang)).join(', '),
    t(lang, plan.includePlanned ? 'routeIncludePlanned' : 'routeOperational'),
    plan.month === null ? t(lang, 'routeAnyMonth') : monthName(plan.month, lang),
    t(lang, `service_${plan.service}`),
  ];
  if (plan.avoid.length) parts.push(t(lang, 'routeAvoiding', { countries: countryList(plan.avoid, lang) }));
  return parts.join(' · ');
}

/** A committed place as shown: its name when it is an id the network knows, else the text as typed. */
export function placeShown(net: Network | null, value: string, lang: Lang): string {
  const i = net?.nodeIndex.get(value);
  return i === undefined ? value : (net!.nodes[i]?.names[lang] ?? value);
}

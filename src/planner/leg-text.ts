// A route as an ordered list of sentences: each leg (carrier, from → to, km, hours) followed by what happens at
// its end (a break of gauge, a border, a transshipment). The strip diagram's text for screen readers and the
// visible list of legs both read from here.
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import type { Leg, Network, Route, Transfer } from '../routing';
import { carrierWord, countryList, formatNumber, hoursText, modeWord, placeName } from './words';

export interface RouteStep {
  kind: 'leg' | Transfer['kind'];
  text: string;
  /** Where the figure comes from: the segment's sources for a leg's time, the dwell's for a transfer. */
  sources: readonly string[];
}

const gaugeOf = (carrier: string) => carrier.split('-')[1] ?? '';

/** The customs unions of the routing parameters, by id, as the answer names them. */
export const unionName = (id: string): 'routeUnionEu' | 'routeUnionEaeu' =>
  id === 'eu' ? 'routeUnionEu' : 'routeUnionEaeu';

export function legText(net: Network, leg: Leg, lang: Lang): string {
  const carrier = leg.mode === 'rail' && leg.gauge ? t(lang, 'routeCarrierRail', { gauge: leg.gauge }) : null;
  return t(lang, 'routeLegText', {
    mode: carrier ?? modeWord(leg.mode, lang),
    from: placeName(net, leg.from, lang),
    to: placeName(net, leg.to, lang),
    km: formatNumber(leg.km, lang),
    time: hoursText(leg.hours, lang),
  });
}

export function transferText(net: Network, tr: Transfer, lang: Lang): string {
  const place = placeName(net, tr.at, lang);
  // A gauge change at a border crossing takes its time in the crossing's dwell, given with the border.
  const time = tr.hours.max === 0 ? t(lang, 'routeIncluded') : hoursText(tr.hours, lang);
  if (tr.kind === 'gauge_change')
    return t(lang, 'routeTransferGauge', { place, from: gaugeOf(tr.fromCarrier), to: gaugeOf(tr.toCarrier), time });
  if (tr.kind === 'transshipment')
    return t(lang, 'routeTransferShip', {
      place,
      from: carrierWord(tr.fromCarrier, lang),
      to: carrierWord(tr.toCarrier, lang),
      time,
    });
  const [a = '', b = ''] = tr.countries ?? [];
  const sides = { a: countryList([a], lang), b: countryList([b], lang), place, time };
  if (!tr.unmarked) return t(lang, 'routeTransferBorder', sides);
  if (tr.union) return t(lang, 'routeTransferBorderUnion', { ...sides, union: t(lang, unionName(tr.union)) });
  // At sea the customs time is part of the port's dwell, so the border itself adds none.
  const atSea = tr.hours.max === 0;
  return t(lang, atSea ? 'routeTransferBorderSea' : 'routeTransferBorderOpen', sides);
}

export function routeSteps(net: Network, route: Route, lang: Lang): RouteStep[] {
  const steps: RouteStep[] = [];
  route.legs.forEach((leg, i) => {
    steps.push({ kind: 'leg', text: legText(net, leg, lang), sources: leg.timeSources });
    for (const tr of route.transfers.filter((x) => x.afterLeg === i))
      steps.push({ kind: tr.kind, text: transferText(net, tr, lang), sources: tr.sources });
  });
  return steps;
}

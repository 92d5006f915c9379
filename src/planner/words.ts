// Names and numbers of the planner's answer in the reader's language: places, legs, corridors, countries, months,
// carriers and hour ranges.
import type { Lang, Mode } from '../data/schema';
import { t } from '../i18n';
import { isMode, modeLabel } from '../i18n/labels';
import { countryName } from '../i18n/countries';
import type { Carrier, Hours, Network } from '../routing';

export function placeName(net: Network, id: string, lang: Lang): string {
  const i = net.nodeIndex.get(id);
  return i === undefined ? id : (net.nodes[i]?.names[lang] ?? id);
}

/** A segment by its own name, else "from – to"; a node id is named as the node. */
export function linkName(net: Network, id: string, lang: Lang): string {
  const s = net.segmentIndex.get(id);
  const seg = s === undefined ? undefined : net.segments[s];
  if (!seg) return placeName(net, id, lang);
  const ends = (i: number) => net.nodes[i]?.names[lang] ?? '';
  return seg.names?.[lang] ?? `${ends(seg.from)} – ${ends(seg.to)}`;
}

export const corridorName = (net: Network, id: string, lang: Lang): string => net.corridors.get(id)?.names[lang] ?? id;

export function monthName(month: number, lang: Lang): string {
  const at = new Date(Date.UTC(2025, month - 1, 1));
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(at);
}

/** "Russia, Iran and Türkiye" or "Russia or Iran", as the language joins lists. */
export function joinList(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction') {
  return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
}

export const countryList = (codes: readonly string[], lang: Lang, type?: 'conjunction' | 'disjunction') =>
  joinList(
    codes.map((c) => countryName(c, lang)),
    lang,
    type,
  );

export function modeWord(mode: Mode, lang: Lang): string {
  return modeLabel(mode, lang).toLocaleLowerCase(lang);
}

export function carrierWord(carrier: Carrier, lang: Lang): string {
  const [mode = carrier, gauge] = carrier.split('-');
  if (gauge) return t(lang, 'routeCarrierRail', { gauge });
  return isMode(mode) ? modeWord(mode, lang) : mode;
}

export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

export const hoursText = (h: Hours, lang: Lang): string =>
  t(lang, 'routeHours', {
    min: formatNumber(h.min, lang),
    max: formatNumber(h.max, lang),
    typical: formatNumber(h.typical, lang),
  });

export const daysText = (d: Hours, lang: Lang) => ({
  days: formatNumber(d.typical, lang, 1),
  min: formatNumber(d.min, lang, 1),
  max: formatNumber(d.max, lang, 1),
});

// The route CSV is the panel's answer as a table: every leg, numbered as in the panel, and after each the border
// waits, gauge changes and transshipments at its end, each with its hours and sources; then the totals the panel
// shows (km, days min / typical / max) and the licence. Words are the panel's, in the reader's language, so a
// spreadsheet adds up to what the reader saw: the legs and the stops between them make the route's time.
import { EXPORT_LICENCE } from '../data/licence';
import type { Lang } from '../data/schema';
import { BOM, csvField } from '../export/csv';
import { t, type MessageKey } from '../i18n';
import { countryName } from '../i18n/countries';
import type { Hours, Network, Route, Transfer } from '../routing';
import { legText, transferText } from './leg-text';
import { routeLabel } from './route-labels';
import { corridorName, daysText, monthName, placeName } from './words';

const COLUMNS: readonly MessageKey[] = [
  'routeCsvRoute',
  'routeCsvStep',
  'routeCsvLeg',
  'routeCsvKind',
  'routeCsvDescription',
  'routeCsvFrom',
  'routeCsvTo',
  'routeCsvKm',
  'routeCsvHoursMin',
  'routeCsvHoursTypical',
  'routeCsvHoursMax',
  'routeCsvDaysMin',
  'routeCsvDaysTypical',
  'routeCsvDaysMax',
  'routeCsvCountries',
  'routeCsvCorridors',
  'routeCsvSeason',
  'routeCsvSources',
];

type Cell = string | number | null;

const KIND_WORD: Record<Transfer['kind'], MessageKey> = {
  border: 'routeCsvKindBorder',
  gauge_change: 'routeCsvKindGauge',
  transshipment: 'routeCsvKindTransshipment',
};

/** Hours to two decimals: rows that add up to the total to well within the panel's tenth of a day. */
const hours2 = (x: number) => Math.round(x * 100) / 100;
/** The panel's days: one decimal, as a number a spreadsheet can add. */
const days1 = (x: string) => Number(x.replace(/[^\d.-]/g, ''));

export function routeCsvRows(route: Route, index: number, net: Network, lang: Lang): Cell[][] {
  const label = routeLabel(index, lang, route);
  const names = (codes: readonly string[]) => codes.map((c) => countryName(c, lang)).join(' → ');
  const hourCells = (h: Hours) => [hours2(h.min), hours2(h.typical), hours2(h.max)];
  const rows: Cell[][] = [];
  let step = 0;
  route.legs.forEach((leg, i) => {
    rows.push([
      label,
      ++step,
      i + 1,
      t(lang, 'routeCsvKindLeg'),
      legText(net, leg, lang),
      placeName(net, leg.from, lang),
      placeName(net, leg.to, lang),
      Math.round(leg.km * 10) / 10,
      ...hourCells(leg.hours),
      null,
      null,
      null,
      names(leg.countries),
      leg.corridors.map((c) => corridorName(net, c, lang)).join('; '),
      leg.season ? `${monthName(leg.season.from, lang)}–${monthName(leg.season.to, lang)}` : null,
      leg.timeSources.join('; '),
    ]);
    for (const tr of route.transfers.filter((x) => x.afterLeg === i))
      rows.push([
        label,
        ++step,
        null,
        t(lang, KIND_WORD[tr.kind]),
        transferText(net, tr, lang),
        placeName(net, tr.at, lang),
        null,
        null,
        ...hourCells(tr.hours),
        null,
        null,
        null,
        tr.countries ? names(tr.countries) : null,
        null,
        null,
        tr.sources.join('; '),
      ]);
  });
  const d = daysText(route.days, 'en');
  rows.push([
    label,
    null,
    null,
    t(lang, 'routeCsvKindTotal'),
    t(lang, 'routeCsvTotalText', {
      legs: route.legs.length,
      borders: route.borderCrossings,
      gauges: route.gaugeBreaks,
      ships: route.transshipments,
    }),
    placeName(net, route.from, lang),
    placeName(net, route.to, lang),
    Math.round(route.km),
    ...hourCells(route.hours),
    days1(d.min),
    days1(d.days),
    days1(d.max),
    names(route.countries),
    route.corridors.map((c) => corridorName(net, c, lang)).join('; '),
    null,
    null,
  ]);
  rows.push([label, null, null, t(lang, 'routeCsvKindLicence'), EXPORT_LICENCE, ...COLUMNS.slice(5).map(() => null)]);
  return rows;
}

/** The CSV text: a byte-order mark (spreadsheets then read Chinese and Cyrillic), RFC 4180 quoting, CRLF. */
export function routeToPanelCsv(route: Route, index: number, net: Network, lang: Lang): string {
  const header = COLUMNS.map((k) => t(lang, k));
  const lines = [header, ...routeCsvRows(route, index, net, lang)].map((r) => r.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

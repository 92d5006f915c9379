// Figures in the reader's language: quantities and ranges with their units, partial dates, seasons, and which
// figures form a series or disagree. Only a record's details show them, so they load with the details.
import type { Figure, Lang, Range } from '../data/schema';
import { t } from '../i18n';
import { unitLabel } from '../i18n/units';

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
}

/** "10–12 days (typical 11)", or "400 trains" for a single value. */
export function formatQuantity(q: { value?: number; range?: Range }, unit: Figure['unit'], lang: Lang): string {
  const join = (text: string, n: number) => {
    const u = unitLabel(unit, lang, n);
    return u ? `${text} ${u}` : text;
  };
  if (q.range) {
    const { min, max, typical } = q.range;
    const span = min === max ? formatNumber(min, lang) : `${formatNumber(min, lang)}–${formatNumber(max, lang)}`;
    const typ = typical === undefined ? '' : ` ${t(lang, 'figureTypical', { value: formatNumber(typical, lang) })}`;
    return join(span, max) + typ;
  }
  const value = q.value ?? 0;
  return join(formatNumber(value, lang), value);
}

/** A date as precise as the source gave it: "2025", "July 2025", "16 July 2025". */
export function formatPartialDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined || y === undefined) return date;
  const at = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
  if (d !== undefined) opts.day = 'numeric';
  return new Intl.DateTimeFormat(lang, opts).format(at);
}

export function formatSeason(season: { from: number; to: number }, lang: Lang): string {
  const month = (m: number) =>
    new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, m - 1, 1)));
  return `${month(season.from)} – ${month(season.to)}`;
}

/** The interval a figure covers, for comparing sources. */
const interval = (f: Figure): [number, number] => (f.range ? [f.range.min, f.range.max] : [f.value ?? 0, f.value ?? 0]);

/** Units of quantities that grow or shrink over time (trains run, tonnes carried): figures of other years differ. */
const SERIES_UNITS: readonly Figure['unit'][] = [
  'trains',
  'TEU',
  't',
  'Mt',
  'Mt/year',
  'bcm/year',
  'vehicles/day',
  'count',
];

/** Figures of the same thing (English label and unit). */
function sameThing(figures: readonly Figure[]): Figure[][] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.label.en}|${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

/**
 * Figures of one quantity over time, oldest first: the same label and a unit that counts or flows, at two or more
 * dates. Each series is drawn as a small chart beside the list.
 */
export function figureSeries(figures: readonly Figure[]): Figure[][] {
  return sameThing(figures)
    .filter((g) => SERIES_UNITS.includes(g[0]!.unit) && new Set(g.map((f) => f.asOf)).size >= 2)
    .map((g) => [...g].sort((a, b) => a.asOf.localeCompare(b.asOf)));
}

/**
 * Figures that measure the same thing (same English label and unit) but whose sources give intervals that do not
 * overlap: each is flagged rather than one being silently preferred. A count or flow at different dates is a
 * change over time, not a disagreement: only figures of the same date are compared then.
 */
export function disagreeing(figures: readonly Figure[]): Set<Figure> {
  const out = new Set<Figure>();
  for (const group of sameThing(figures)) {
    const overTime = SERIES_UNITS.includes(group[0]!.unit);
    const clash = group.some((a) =>
      group.some((b) => {
        if (overTime && a.asOf !== b.asOf) return false;
        const [a0, a1] = interval(a);
        const [b0, b1] = interval(b);
        return a1 < b0 || b1 < a0;
      }),
    );
    if (clash) group.forEach((f) => out.add(f));
  }
  return out;
}

// The routes side by side: one column per route, one row per measure (days as a range, km, CO2e per TEU, the
// published rate per container, border crossings (each named), gauge breaks, transshipments, countries, corridors, planned and
// seasonal notes). The columns sort by time, CO2e or cost, and that measure's cells are coloured from best to
// worst (with the words too). The route on the map is marked, and each column has a button to show its route
// instead. The panel is narrow: each measure's name is a line of its own above its values, so the routes get the
// whole width; cells name both headers (`headers`).
import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import type { Lang, Source } from '../data/schema';
import { t } from '../i18n';
import { countryName } from '../i18n/countries';
import { EMISSION_SOURCES } from '../routing/emissions';
import { RATE_SOURCES } from '../routing/rates';
import type { Network, Route } from '../routing';
import { useAppStore } from '../store';
import { crossingNames } from './answer-notes';
import { mainCorridors, routeLabel, routeNotes } from './route-labels';
import { corridorName, daysText, formatNumber } from './words';

const cite = (sources: ReadonlyMap<string, Source>, ids: readonly string[]) =>
  ids
    .map((i) => sources.get(i))
    .flatMap((x) => (x ? [`${x.publisher} (${x.date})`] : []))
    .join('; ');

export type SortKey = 'time' | 'co2e' | 'cost';

/** A route's value for a sort key; a route without a published rate sorts last by cost. */
export function sortValue(r: Route, key: SortKey): number {
  if (key === 'time') return r.hours.typical;
  if (key === 'co2e') return r.co2eKg.typical;
  return r.cost?.complete ? r.cost.usdPerFeu.typical : Infinity;
}

/** The route indices in display order for a sort key (stable: equal values keep the planner's order). */
export function sortedOrder(routes: readonly Route[], key: SortKey): number[] {
  return routes.map((_, i) => i).sort((a, b) => sortValue(routes[a]!, key) - sortValue(routes[b]!, key));
}

/** 0 for the best value among the routes, 1 for the worst, in between by value; undefined without a value. */
export function rankShare(routes: readonly Route[], key: SortKey, i: number): number | undefined {
  const values = routes.map((r) => sortValue(r, key)).filter(Number.isFinite);
  const v = sortValue(routes[i]!, key);
  if (!Number.isFinite(v) || values.length < 2) return undefined;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return hi === lo ? 0 : (v - lo) / (hi - lo);
}

const RANK_CLASSES = ['rank-best', 'rank-good', 'rank-fair', 'rank-worst'];

interface Props {
  routes: readonly Route[];
  /** Each branch or service's corridor. */
  parentOf: ReadonlyMap<string, string>;
  chosen: number;
  net: Network;
  lang: Lang;
  /** Source records by id, to cite the CO2e intensities and the rates. */
  sources: ReadonlyMap<string, Source>;
}

export function RouteTable({ routes, parentOf, chosen, net, lang, sources }: Props) {
  const choose = useAppStore((s) => s.chooseRoute);
  const [sortBy, setSortBy] = useState<SortKey>('time');
  const id = useId();
  const colId = (i: number) => `${id}-route-${i}`;
  const order = sortedOrder(routes, sortBy);
  let rows = 0;
  const rankClass = (key: SortKey | undefined, i: number) => {
    const share = key === sortBy ? rankShare(routes, key, i) : undefined;
    return share === undefined ? undefined : RANK_CLASSES[Math.min(3, Math.floor(share * 3.999))];
  };
  const rankWord = (key: SortKey | undefined, i: number) => {
    const share = key === sortBy ? rankShare(routes, key, i) : undefined;
    if (share === 0) return t(lang, 'routeRankBest');
    if (share === 1) return t(lang, 'routeRankWorst');
    return undefined;
  };
  const cells = (measure: string, key: SortKey | undefined, cell: (r: Route, i: number) => ReactNode) =>
    order.map((i) => {
      const r = routes[i]!;
      const word = rankWord(key, i);
      const classes = [i === chosen ? 'chosen' : '', rankClass(key, i) ?? ''].filter(Boolean).join(' ');
      return (
        <td key={r.id} headers={`${colId(i)} ${measure}`} className={classes || undefined}>
          {cell(r, i)}
          {word && <span className="rank-word"> ({word})</span>}
        </td>
      );
    });
  const row = (label: string, cell: (r: Route, i: number) => ReactNode, key?: SortKey) => {
    const measure = `${id}-measure-${rows++}`;
    return (
      <tbody key={measure}>
        <tr className="route-measure">
          <th id={measure} colSpan={routes.length}>
            {label}
          </th>
        </tr>
        <tr>{cells(measure, key, cell)}</tr>
      </tbody>
    );
  };
  const sortKeys: [SortKey, string][] = [
    ['time', t(lang, 'routeSortTime')],
    ['co2e', t(lang, 'routeSortCo2e')],
    ['cost', t(lang, 'routeSortCost')],
  ];
  return (
    <div className="route-table-wrap">
      <label className="route-sort">
        {t(lang, 'routeSortBy')}{' '}
        <select value={sortBy} onChange={(e) => setSortBy(e.target.value as SortKey)}>
          {sortKeys.map(([k, word]) => (
            <option key={k} value={k}>
              {word}
            </option>
          ))}
        </select>
      </label>
      {/* Each route's column keeps a readable width (planner.css); more routes than the panel holds scroll sideways
          rather than break their words. */}
      <table className="route-table" style={{ '--route-columns': routes.length } as CSSProperties}>
        <caption>{t(lang, 'routeCompare')}</caption>
        <thead>
          <tr>
            {order.map((i) => (
              <th key={routes[i]!.id} id={colId(i)} scope="col" className={i === chosen ? 'chosen' : undefined}>
                {routeLabel(i, lang, routes[i])}
              </th>
            ))}
          </tr>
        </thead>
        {row(
          t(lang, 'routeDays'),
          (r) => {
            const d = daysText(r.days, lang);
            return (
              <>
                <strong>{d.days}</strong>{' '}
                <span className="range">
                  ({d.min}–{d.max})
                </span>
              </>
            );
          },
          'time',
        )}
        {row(t(lang, 'routeKm'), (r) => formatNumber(r.km, lang))}
        {row(
          t(lang, 'routeCo2e'),
          (r) => (
            <>
              <strong>{formatNumber(r.co2eKg.typical, lang)}</strong>{' '}
              <span className="range">
                ({formatNumber(r.co2eKg.min, lang)}–{formatNumber(r.co2eKg.max, lang)})
              </span>
            </>
          ),
          'co2e',
        )}
        {row(
          t(lang, 'routeCost'),
          (r) =>
            r.cost ? (
              <>
                <strong>{formatNumber(r.cost.usdPerFeu.typical, lang)}</strong>{' '}
                {/* The numbers stay together; what the rate covers and its date wrap within the column. */}
                <span className="range">
                  ({formatNumber(r.cost.usdPerFeu.min, lang)}–{formatNumber(r.cost.usdPerFeu.max, lang)}
                </span>
                <span className="route-soft">
                  {r.cost.complete ? '' : `; ${t(lang, 'routePartRate')}`}; {r.cost.rates.map((x) => x.date).join(', ')}
                  )
                </span>
              </>
            ) : (
              <span className="route-soft">{t(lang, 'routeNoRate')}</span>
            ),
          'cost',
        )}
        {row(t(lang, 'routeBorders'), (r, i) => (
          <>
            {r.borderCrossings}
            {r.borderCrossings > 0 && (
              <ol
                className="route-crossings"
                aria-label={t(lang, 'routeCrossingsList', { route: routeLabel(i, lang, r) })}
              >
                {crossingNames(net, r, lang).map((name, k) => (
                  <li key={k}>{name}</li>
                ))}
              </ol>
            )}
          </>
        ))}
        {row(t(lang, 'routeGaugeBreaks'), (r) => r.gaugeBreaks)}
        {row(t(lang, 'routeTransshipments'), (r) => r.transshipments)}
        {row(t(lang, 'routeCountries'), (r) => (
          <>
            <span aria-hidden="true" title={r.countries.map((c) => countryName(c, lang)).join(' → ')}>
              {r.countries.join(' → ')}
            </span>
            <span className="visually-hidden">{r.countries.map((c) => countryName(c, lang)).join(', ')}</span>
            {r.sailsPast.length > 0 && (
              <span className="route-sails-past">
                <span aria-hidden="true">{t(lang, 'routeSailsPast', { countries: r.sailsPast.join(', ') })}</span>
                <span className="visually-hidden">
                  {t(lang, 'routeSailsPast', { countries: r.sailsPast.map((c) => countryName(c, lang)).join(', ') })}
                </span>
              </span>
            )}
          </>
        ))}
        {row(t(lang, 'routeCorridors'), (r) => (
          <ul className="route-corridors">
            {mainCorridors(r, parentOf).map((c) => (
              // A break after each dash: "China–Kyrgyzstan–Uzbekistan" wraps at its parts in a narrow column.
              <li key={c}>{corridorName(net, c, lang).replace(/–/g, '–\u200B')}</li>
            ))}
          </ul>
        ))}
        {row(t(lang, 'routeNotes'), (r) => routeNotes(r, lang))}
        {row(t(lang, 'routeOnMap'), (r, i) => (
          // The name is the visible word and the route's full name: "Show Alternative 1".
          <button type="button" aria-pressed={i === chosen} onClick={() => choose(i)}>
            {i === chosen && <span aria-hidden="true">✓ </span>}
            {t(lang, i === chosen ? 'routeShown' : 'routeShow')}
            <span className="visually-hidden"> {routeLabel(i, lang, r)}</span>
          </button>
        ))}
      </table>
      <p className="route-method">
        {t(lang, 'routeCo2e')}: {cite(sources, EMISSION_SOURCES)}. {t(lang, 'routeCost')}: {cite(sources, RATE_SOURCES)}
        .
      </p>
    </div>
  );
}

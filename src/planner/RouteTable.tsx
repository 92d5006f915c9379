// The routes side by side: one column per route, one row per measure (days as a range, km, border crossings, gauge
// breaks, transshipments, countries, corridors, planned and seasonal notes). The route on the map is marked, and
// each column has a button to show its route instead. The panel is narrow: each measure's name is a line of its
// own above its values, so the routes get the whole width; cells name both headers (`headers`).
import { useId, type ReactNode } from 'react';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { countryName } from '../i18n/countries';
import type { Network, Route } from '../routing';
import { useAppStore } from '../store';
import { mainCorridors, routeLabel, routeNotes } from './route-labels';
import { corridorName, daysText, formatNumber } from './words';

interface Props {
  routes: readonly Route[];
  /** Each branch or service's corridor. */
  parentOf: ReadonlyMap<string, string>;
  chosen: number;
  net: Network;
  lang: Lang;
}

export function RouteTable({ routes, parentOf, chosen, net, lang }: Props) {
  const choose = useAppStore((s) => s.chooseRoute);
  const id = useId();
  const colId = (i: number) => `${id}-route-${i}`;
  let rows = 0;
  const cells = (measure: string, cell: (r: Route, i: number) => ReactNode) =>
    routes.map((r, i) => (
      <td key={r.id} headers={`${colId(i)} ${measure}`} className={i === chosen ? 'chosen' : undefined}>
        {cell(r, i)}
      </td>
    ));
  const row = (label: string, cell: (r: Route, i: number) => ReactNode) => {
    const measure = `${id}-measure-${rows++}`;
    return (
      <tbody key={measure}>
        <tr className="route-measure">
          <th id={measure} colSpan={routes.length}>
            {label}
          </th>
        </tr>
        <tr>{cells(measure, cell)}</tr>
      </tbody>
    );
  };
  return (
    <div className="route-table-wrap">
      <table className="route-table">
        <caption>{t(lang, 'routeCompare')}</caption>
        <thead>
          <tr>
            {routes.map((r, i) => (
              <th key={r.id} id={colId(i)} scope="col" className={i === chosen ? 'chosen' : undefined}>
                {routeLabel(i, lang)}
              </th>
            ))}
          </tr>
        </thead>
        {row(t(lang, 'routeDays'), (r) => {
          const d = daysText(r.days, lang);
          return (
            <>
              <strong>{d.days}</strong>{' '}
              <span className="range">
                ({d.min}–{d.max})
              </span>
            </>
          );
        })}
        {row(t(lang, 'routeKm'), (r) => formatNumber(r.km, lang))}
        {row(t(lang, 'routeBorders'), (r) => r.borderCrossings)}
        {row(t(lang, 'routeGaugeBreaks'), (r) => r.gaugeBreaks)}
        {row(t(lang, 'routeTransshipments'), (r) => r.transshipments)}
        {row(t(lang, 'routeCountries'), (r) => (
          <>
            <span aria-hidden="true" title={r.countries.map((c) => countryName(c, lang)).join(' → ')}>
              {r.countries.join(' → ')}
            </span>
            <span className="visually-hidden">{r.countries.map((c) => countryName(c, lang)).join(', ')}</span>
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
        {row(t(lang, 'routeOnMap'), (_r, i) => (
          // The name is the visible word and the route's full name: "Show Alternative 1".
          <button type="button" aria-pressed={i === chosen} onClick={() => choose(i)}>
            {i === chosen && <span aria-hidden="true">✓ </span>}
            {t(lang, i === chosen ? 'routeShown' : 'routeShow')}
            <span className="visually-hidden"> {routeLabel(i, lang)}</span>
          </button>
        ))}
      </table>
    </div>
  );
}

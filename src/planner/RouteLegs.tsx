// The legs of the route on the map, numbered in order, with what happens between them and where each time comes
// from.
import type { Lang } from '../data/schema';
import type { Source } from '../data/schema';
import { t } from '../i18n';
import type { Network, Route } from '../routing';
import { routeSteps, type RouteStep } from './leg-text';

interface Props {
  route: Route;
  net: Network;
  lang: Lang;
  sources: ReadonlyMap<string, Source>;
}

export function RouteLegs({ route, net, lang, sources }: Props) {
  const steps = routeSteps(net, route, lang);
  const cite = (id: string) => {
    const s = sources.get(id);
    return s ? `${s.publisher}${s.date ? ` (${s.date.slice(0, 4)})` : ''}` : id;
  };
  const sourcesOf = (ids: readonly string[]) =>
    ids.length > 0 && (
      <span className="route-step-sources">
        {' '}
        · {t(lang, 'routeSources', { sources: [...new Set(ids.map(cite))].join('; ') })}
      </span>
    );
  // Legs are numbered 1…n as in the CSV; what happens at a leg's end (a border, a break of gauge, a
  // transshipment) is listed under it, not numbered as a leg of its own.
  const legs: { leg: RouteStep; stops: RouteStep[] }[] = [];
  for (const s of steps) {
    if (s.kind === 'leg') legs.push({ leg: s, stops: [] });
    else legs.at(-1)?.stops.push(s);
  }
  return (
    <details className="route-legs">
      <summary>{t(lang, 'routeItinerary', { count: route.legs.length })}</summary>
      <ol>
        {legs.map(({ leg, stops }, i) => (
          <li key={i} className="route-step route-step-leg">
            {leg.text}
            {sourcesOf(leg.sources)}
            {stops.length > 0 && (
              <ul aria-label={t(lang, 'routeLegStops', { n: i + 1 })}>
                {stops.map((s, j) => (
                  <li key={j} className={`route-step route-step-${s.kind}`}>
                    {s.text}
                    {sourcesOf(s.sources)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

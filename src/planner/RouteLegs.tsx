// The legs of the route on the map, in order, with what happens between them and where each time comes from.
import type { Lang } from '../data/schema';
import type { Source } from '../data/schema';
import { t } from '../i18n';
import type { Network, Route } from '../routing';
import { routeSteps } from './leg-text';

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
  return (
    <details className="route-legs">
      <summary>{t(lang, 'routeItinerary', { count: route.legs.length })}</summary>
      <ol>
        {steps.map((s, i) => (
          <li key={i} className={`route-step route-step-${s.kind}`}>
            {s.text}
            {s.sources.length > 0 && (
              <span className="route-step-sources">
                {' '}
                · {t(lang, 'routeSources', { sources: [...new Set(s.sources.map(cite))].join('; ') })}
              </span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

// No route: the reason in the reader's language, and for a place the planner could not find or could not tell
// apart, the places meant, perhaps, as buttons that put them in.
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import type { Network, PlanResult } from '../routing';
import { useAppStore } from '../store';
import type { RoutePlan } from '../store/route-slice';
import { failureWords } from './failure';

interface Props {
  net: Network;
  plan: RoutePlan;
  failure: Extract<PlanResult, { ok: false }>;
  lang: Lang;
}

export function RouteFailure({ net, plan, failure, lang }: Props) {
  const words = failureWords(net, plan, failure, lang);
  const { setRoutePlace, setRouteVia, setRouteOptions } = useAppStore.getState();
  // A scenario or a month in the way is one click from a route.
  const kinds = new Set((failure.causes ?? []).map((c) => c.kind));
  const tryPlanned = kinds.has('status') && !plan.includePlanned;
  const tryAnyMonth = kinds.has('season') && plan.month !== null;
  const put = (id: string) => {
    const stop = words.stop;
    if (!stop) return;
    if (stop.role === 'via') setRouteVia(plan.via.map((v, i) => (i === stop.index ? id : v)));
    else setRoutePlace(stop.role, id);
  };
  return (
    <div className="route-failure" role="status" data-code={failure.code}>
      <p className="route-failure-title">{t(lang, 'routeNone')}</p>
      <p className="route-failure-reason">{words.message}</p>
      {(tryPlanned || tryAnyMonth) && (
        <div className="route-try">
          {tryPlanned && (
            <button type="button" onClick={() => setRouteOptions({ includePlanned: true })}>
              {t(lang, 'routeTryPlanned')}
            </button>
          )}
          {tryAnyMonth && (
            <button type="button" onClick={() => setRouteOptions({ month: null })}>
              {t(lang, 'routeTryAnyMonth')}
            </button>
          )}
        </div>
      )}
      {words.stop && words.candidates.length > 0 && (
        <div className="route-candidates">
          <span>{t(lang, 'routeDidYouMean')}</span>
          <ul>
            {words.candidates.slice(0, 8).map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => put(c.id)}>
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

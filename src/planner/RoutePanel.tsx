// The Route tab: the question (places and options) and the answer — the routes compared, the strip of legs, the
// legs of the route on the map and its export — or, when there is no route, the reason in words.
import { useMemo, useState } from 'react';
import { useAtlasIndex } from '../data/use-atlas-index';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { arrivalNotes, banNotes, monthNotes, offMapNotes, tieNotes } from './answer-notes';
import { RouteExport } from './RouteExport';
import { RouteFailure } from './RouteFailure';
import { RouteJourneys } from './RouteJourneys';
import { RouteLegs } from './RouteLegs';
import { RouteOptions } from './RouteOptions';
import { RoutePlaces } from './RoutePlaces';
import { RouteStrip, StripLegend } from './RouteStrip';
import { carriersOf, type StripScale } from './strip-layout';
import { RouteTable } from './RouteTable';
import { optionsSummary } from './route-labels';
import { usePlan, type PlanState } from './use-plan';
import { daysText, formatNumber, placeName } from './words';
import './planner.css';

function Answer({ state, lang }: { state: PlanState; lang: Lang }) {
  const [scale, setScale] = useState<StripScale>('time');
  const index = useAtlasIndex();
  const parentOf = useMemo(
    () => new Map((index?.data.corridors ?? []).flatMap((c) => (c.parent ? [[c.id, c.parent] as const] : []))),
    [index],
  );
  const { net, result, chosen, chosenIndex, plan } = state;
  if (!net) return <p role="status">{t(lang, 'routeLoading')}</p>;
  if (!result) return <p role="status">{t(lang, 'routeAsk')}</p>;
  if (!result.ok) return <RouteFailure net={net} plan={plan} failure={result} lang={lang} />;
  const best = result.routes[0]!;
  const d = daysText(best.days, lang);
  const summary =
    result.routes.length === 1
      ? t(lang, 'routeFoundOne', { ...d, km: formatNumber(best.km, lang) })
      : t(lang, 'routeFound', { ...d, km: formatNumber(best.km, lang), count: result.routes.length });
  return (
    <section className="route-answer" aria-labelledby="route-answer-title">
      <h3 id="route-answer-title">
        {[result.query.from, ...result.query.via, result.query.to].map((id) => placeName(net, id, lang)).join(' → ')}
      </h3>
      <p role="status" className="route-summary">
        {summary}
      </p>
      <p className="route-service-note">
        {t(lang, 'routeAssumes', { service: t(lang, `service_${result.query.service}`) })}
      </p>
      {offMapNotes(net, chosen, lang).map((note) => (
        <p key={note} className="route-notes-off-map">
          {note}
        </p>
      ))}
      {banNotes(result, lang).map((note) => (
        <p key={note} className="route-notes-ban">
          {note}
        </p>
      ))}
      {arrivalNotes(net, chosen, result.query.service, lang).map((note) => (
        <p key={note} className="route-notes-arrival">
          {note}
        </p>
      ))}
      {monthNotes(net, plan, chosen, lang).map((note) => (
        <p key={note} className="route-notes-month">
          {note}
        </p>
      ))}
      {tieNotes(result.routes, result.query.by, lang).map((note) => (
        <p key={note} className="route-notes-tie">
          {note}
        </p>
      ))}
      <RouteTable
        routes={result.routes}
        parentOf={parentOf}
        chosen={chosenIndex}
        net={net}
        lang={lang}
        sources={index?.sources ?? new Map()}
      />
      <section className="route-strips" aria-labelledby="route-strips-title">
        <div className="route-strips-head">
          <h3 id="route-strips-title">{t(lang, 'routeStripTitle')}</h3>
          <fieldset className="route-scale">
            <legend className="visually-hidden">{t(lang, 'routeScale')}</legend>
            {(['time', 'km'] as const).map((s) => (
              <label key={s} className="check">
                <input type="radio" name="route-scale" checked={scale === s} onChange={() => setScale(s)} />
                {t(lang, s === 'time' ? 'routeScaleTime' : 'routeScaleKm')}
              </label>
            ))}
          </fieldset>
        </div>
        {result.routes.map((r, i) => (
          <RouteStrip key={r.id} route={r} index={i} chosen={i === chosenIndex} scale={scale} net={net} lang={lang} />
        ))}
        <StripLegend carriers={carriersOf(result.routes)} lang={lang} />
      </section>
      {chosen && (
        <>
          <RouteLegs route={chosen} net={net} lang={lang} sources={index?.sources ?? new Map()} />
          <RouteExport route={chosen} index={chosenIndex} net={net} lang={lang} />
          <RouteJourneys route={chosen} net={net} lang={lang} />
        </>
      )}
    </section>
  );
}

export function RoutePanel() {
  const lang = useAppStore((s) => s.lang);
  const clear = useAppStore((s) => s.clearRoute);
  const state = usePlan();
  const { plan, net } = state;
  const empty = !plan.from && !plan.to && !plan.via.length;
  return (
    <section className="route-panel" aria-labelledby="route-title">
      <h2 id="route-title">{t(lang, 'routeTitle')}</h2>
      <p className="route-intro">{t(lang, 'routeIntro')}</p>
      <RoutePlaces plan={plan} net={net} lang={lang} />
      <details className="route-options-box">
        <summary>
          {t(lang, 'routeOptions')}: <span className="route-options-now">{optionsSummary(plan, lang)}</span>
        </summary>
        <RouteOptions plan={plan} net={net} lang={lang} />
      </details>
      {!empty && (
        <button type="button" className="link-button route-clear" onClick={clear}>
          {t(lang, 'routeClear')}
        </button>
      )}
      <Answer state={state} lang={lang} />
    </section>
  );
}

// The planner's options: fastest or shortest, the modes allowed, the network scenario, the month of departure, the
// kind of train (service class) and
// the countries to avoid (ticked in a list, shown as removable chips), the Suez Canal and Red Sea to avoid like a
// country, and whether to show the best sea route beside the answers.
import { useMemo } from 'react';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { countryName } from '../i18n/countries';
import { isPassageCode, networkCountries, SERVICE_CLASSES, TRANSPORT_MODES, type Network } from '../routing';
import { useAppStore } from '../store';
import type { RoutePlan } from '../store/route-slice';
import { monthName } from './words';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const SUEZ = 'SUEZ';

/** A country's name, or a passage's (SUEZ) in the same list. */
const avoidName = (code: string, lang: Lang) =>
  isPassageCode(code) ? t(lang, 'passageSUEZ') : countryName(code, lang);

function useCountries(net: Network | null, lang: Lang): string[] {
  return useMemo(() => {
    const all = net ? networkCountries(net) : [];
    return all.sort((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));
  }, [net, lang]);
}

export function RouteOptions({ plan, net, lang }: { plan: RoutePlan; net: Network | null; lang: Lang }) {
  const set = useAppStore((s) => s.setRouteOptions);
  const countries = useCountries(net, lang);
  const toggleMode = (m: (typeof TRANSPORT_MODES)[number]) =>
    set({ modes: plan.modes.includes(m) ? plan.modes.filter((x) => x !== m) : [...plan.modes, m] });
  const toggleCountry = (c: string) =>
    set({ avoid: plan.avoid.includes(c) ? plan.avoid.filter((x) => x !== c) : [...plan.avoid, c] });
  return (
    <div className="route-options">
      <fieldset className="route-choice">
        <legend>{t(lang, 'routeBy')}</legend>
        {(['time', 'distance'] as const).map((by) => (
          <label key={by} className="check">
            <input type="radio" name="route-by" checked={plan.by === by} onChange={() => set({ by })} />
            {t(lang, by === 'time' ? 'routeByTime' : 'routeByDistance')}
          </label>
        ))}
      </fieldset>
      <fieldset className="route-choice">
        <legend>{t(lang, 'routeModes')}</legend>
        {TRANSPORT_MODES.map((m) => {
          const on = plan.modes.includes(m);
          return (
            <label key={m} className="check">
              {/* The last mode cannot be unticked: a plan always travels by something. */}
              <input
                type="checkbox"
                checked={on}
                disabled={on && plan.modes.length === 1}
                onChange={() => toggleMode(m)}
              />
              {t(lang, `mode_${m}`)}
            </label>
          );
        })}
      </fieldset>
      <fieldset className="route-choice route-scenario">
        <legend>{t(lang, 'routeScenario')}</legend>
        {[false, true].map((planned) => (
          <label key={String(planned)} className="check">
            <input
              type="radio"
              name="route-scenario"
              checked={plan.includePlanned === planned}
              onChange={() => set({ includePlanned: planned })}
            />
            {t(lang, planned ? 'routeIncludePlanned' : 'routeOperational')}
          </label>
        ))}
      </fieldset>
      <fieldset className="route-choice route-sea">
        <legend>{t(lang, 'mode_sea')}</legend>
        <label className="check">
          <input type="checkbox" checked={plan.avoid.includes(SUEZ)} onChange={() => toggleCountry(SUEZ)} />
          {t(lang, 'routeAvoidSuez')}
        </label>
        <label className="check">
          <input type="checkbox" checked={plan.compareSea} onChange={() => set({ compareSea: !plan.compareSea })} />
          {t(lang, 'routeCompareSea')}
        </label>
      </fieldset>
      <label className="route-month">
        {t(lang, 'routeMonth')}
        <select
          value={plan.month ?? ''}
          onChange={(e) => set({ month: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t(lang, 'routeAnyMonth')}</option>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {monthName(m, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="route-service">
        {t(lang, 'routeService')}
        <select
          value={plan.service}
          onChange={(e) => set({ service: e.target.value as (typeof SERVICE_CLASSES)[number] })}
        >
          {SERVICE_CLASSES.map((s) => (
            <option key={s} value={s}>
              {t(lang, `service_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="route-avoid">
        {plan.avoid.length > 0 && (
          <ul className="chips" aria-label={t(lang, 'routeAvoid')}>
            {plan.avoid.map((c) => (
              <li key={c}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t(lang, 'routeAvoidRemove', { country: avoidName(c, lang) })}
                  onClick={() => toggleCountry(c)}
                >
                  {avoidName(c, lang)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <details>
          <summary>
            {plan.avoid.length ? t(lang, 'routeAvoidCount', { count: plan.avoid.length }) : t(lang, 'routeAvoid')}
          </summary>
          <p className="route-avoid-hint">{t(lang, 'routeAvoidHint')}</p>
          <ul className="route-countries">
            {countries.map((c) => (
              <li key={c}>
                <label className="check">
                  <input type="checkbox" checked={plan.avoid.includes(c)} onChange={() => toggleCountry(c)} />
                  {countryName(c, lang)} <span className="iso">{c}</span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      </div>
    </div>
  );
}

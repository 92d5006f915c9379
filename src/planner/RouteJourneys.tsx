// The answer held against the published journeys the planner is calibrated on: how close the model comes on the
// journeys held out of its fit, and each published journey that runs over the route shown (either way), with what
// the planner gives for the same question. The journeys load with the planner, apart from its code; until they have come the
// section is not drawn (it is the last of the answer, so nothing below it moves).
import { useEffect, useState } from 'react';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import type { Network, Route } from '../routing';
import {
  evaluateJourney,
  journeysOnRoute,
  summariseCalibration,
  type CalibrationSummary,
  type JourneyResult,
  type PublishedJourney,
} from '../routing/calibration/evaluate';
import { formatNumber, placeName } from './words';

/** journeys.json passed its schema in the tests and `npm run calibrate`; the browser reads it as it is. */
let loading: Promise<PublishedJourney[]> | null = null;
function loadJourneys(): Promise<PublishedJourney[]> {
  loading ??= import('../routing/calibration/journeys.json').then(
    (m) => (m.default as unknown as { journeys: PublishedJourney[] }).journeys,
  );
  return loading;
}

function usePublishedJourneys(): PublishedJourney[] | null {
  const [journeys, setJourneys] = useState<PublishedJourney[] | null>(null);
  useEffect(() => {
    let live = true;
    loadJourneys().then(
      (j) => live && setJourneys(j),
      (err: unknown) => console.warn('published journeys did not load', err),
    );
    return () => {
      live = false;
    };
  }, []);
  return journeys;
}

interface Calibration {
  results: Map<string, JourneyResult>;
  summary: CalibrationSummary;
}

/** Every journey asked of a network once: a few dozen plans, kept for as long as the network. */
const calibrations = new WeakMap<Network, Calibration>();
function calibrationOf(net: Network, journeys: PublishedJourney[]): Calibration {
  let c = calibrations.get(net);
  if (!c) {
    const all = journeys.map((j) => evaluateJourney(net, j));
    c = { results: new Map(all.map((r) => [r.journey.id, r])), summary: summariseCalibration(all) };
    calibrations.set(net, c);
  }
  return c;
}

const percent = (share: number, lang: Lang) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const signedPercent = (share: number, lang: Lang) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(share);

function publishedDays(j: PublishedJourney, lang: Lang): string {
  const { min, max } = j.days;
  return min === max ? formatNumber(min, lang, 1) : `${formatNumber(min, lang, 1)}–${formatNumber(max, lang, 1)}`;
}

function JourneyLine({
  result,
  reversed,
  net,
  lang,
}: {
  result: JourneyResult;
  reversed: boolean;
  net: Network;
  lang: Lang;
}) {
  const j = result.journey;
  const source = j.sources[0]!;
  const days = result.route?.days.typical;
  const text = t(lang, 'journeysItem', {
    from: placeName(net, j.from, lang),
    to: placeName(net, j.to, lang),
    date: j.date,
    published: publishedDays(j, lang),
    publisher: source.publisher,
    planner: days === undefined ? '—' : formatNumber(days, lang, 1),
    error: result.error === undefined ? '—' : signedPercent(result.error, lang),
  });
  const tags = [t(lang, j.heldOut ? 'journeysHeldOut' : 'journeysFitted')];
  if (reversed) tags.unshift(t(lang, 'journeysReversed'));
  if (!result.within) tags.push(t(lang, 'journeysOutside'));
  return (
    <li className={result.within ? undefined : 'route-journey-off'}>
      {text}{' '}
      <span className="route-journey-tags">
        ({tags.join('; ')}
        {' · '}
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {source.title}
        </a>
        )
      </span>
    </li>
  );
}

export function RouteJourneys({ route, net, lang }: { route: Route; net: Network; lang: Lang }) {
  const journeys = usePublishedJourneys();
  if (!journeys) return null;
  const { results, summary } = calibrationOf(net, journeys);
  const onRoute = journeysOnRoute(route, journeys).map((m) => ({ result: results.get(m.journey.id)!, ...m }));
  return (
    <section className="route-journeys" aria-labelledby="route-journeys-title">
      <h3 id="route-journeys-title">{t(lang, 'journeysTitle')}</h3>
      <p className="route-journeys-model">
        {t(lang, 'journeysModel', {
          fitted: summary.fittedCount,
          heldOut: summary.heldOutCount,
          error: summary.heldOut === undefined ? '—' : percent(summary.heldOut, lang),
          within: summary.within,
          total: summary.total,
        })}{' '}
        {onRoute.length ? t(lang, 'journeysOnRoute', { count: onRoute.length }) : t(lang, 'journeysNone')}
      </p>
      {onRoute.length > 0 && (
        <ul className="route-journeys-list">
          {onRoute.map((m) => (
            <JourneyLine key={m.journey.id} result={m.result} reversed={m.reversed} net={net} lang={lang} />
          ))}
        </ul>
      )}
    </section>
  );
}

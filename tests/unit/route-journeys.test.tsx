// @vitest-environment jsdom
// The answer held against the published journeys: the journeys that run over the route shown are listed with the
// published days and what the planner gives for the same question, under a line on how close the model comes on
// the journeys held out of its fit. The figures are checked against the calibration worked out here from
// journeys.json read through its schema, as `npm run calibrate` reads it.
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { loadGeoDataset } from '../../src/data/load-node';
import type { Network } from '../../src/routing';
import {
  evaluateJourney,
  journeysOnRoute,
  parseJourneys,
  summariseCalibration,
  type Journey,
} from '../../src/routing/calibration/journeys';
import { RoutePanel } from '../../src/planner/RoutePanel';
import { networkFor } from '../../src/planner/use-plan';
import { useAppStore } from '../../src/store';
import { EMPTY_PLAN, type RoutePlan } from '../../src/store/route-slice';
import { bestRoute } from './routing-real-network';

const FILE = 'src/routing/calibration/journeys.json';
let net: Network;
let journeys: Journey[];
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  provideDataset(loaded.data);
  net = networkFor(loaded.data);
  const parsed = parseJourneys(FILE, JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.message);
  journeys = parsed.journeys;
});
afterEach(cleanup);

/** The journeys over a route, as id, with " (back)" for one that ran the other way. */
const onRoute = (r: Parameters<typeof journeysOnRoute>[0]) =>
  journeysOnRoute(r, journeys).map((m) => `${m.journey.id}${m.reversed ? ' (back)' : ''}`);

describe('the journeys that run over a route', () => {
  it('are those whose origin, stops and destination the route passes in order, then those that ran the other way', () => {
    const northern = onRoute(bestRoute(net, { from: 'xian', to: 'duisburg' }));
    expect(northern).toContain('cre-xian-duisburg');
    expect(northern).toContain('cre-duisburg-xian (back)');
    expect(northern.indexOf('cre-duisburg-xian (back)')).toBeGreaterThan(northern.indexOf('cre-xian-duisburg'));
    // The Middle Corridor's journey between the same cities runs by other places: not listed either way.
    expect(northern.some((id) => id.startsWith('mc-xian-duisburg-db'))).toBe(false);
    const back = onRoute(bestRoute(net, { from: 'duisburg', to: 'xian' }));
    expect(back).toContain('cre-duisburg-xian');
    expect(back).toContain('cre-xian-duisburg (back)');
  });

  it('include a journey over part of the route', () => {
    const r = bestRoute(net, { from: 'port-shanghai', to: 'port-rotterdam', modes: ['sea'] });
    expect(onRoute(r)).toContain('sea-shanghai-rotterdam-suez');
    const longer = bestRoute(net, { from: 'urumqi', to: 'duisburg', via: ['almaty'], modes: ['rail'] });
    expect(longer.legs.some((l) => l.to === 'almaty')).toBe(true);
    expect(onRoute(longer)).toContain('ca-urumqi-almaty');
  });
});

function openWith(plan: Partial<RoutePlan>, lang: 'en' | 'ru' | 'zh' = 'en') {
  useAppStore.setState({ lang, routePlan: { ...EMPTY_PLAN, ...plan } });
  return render(<RoutePanel />);
}

describe('the answer beside the published journeys', () => {
  it('lists Chongqing → Tashkent as published and as the planner gives it, under the held-out error', async () => {
    openWith({ from: 'Chongqing', to: 'Tashkent', modes: ['rail'] });
    const section = await screen.findByRole('region', { name: 'Published journeys' });
    const all = journeys.map((j) => evaluateJourney(net, j));
    const summary = summariseCalibration(all);
    const model = section.querySelector('.route-journeys-model')!.textContent!;
    expect(model).toContain(`tested on ${summary.heldOutCount} more held out of the fit`);
    expect(model).toContain(`off by a median of ${Math.round(summary.heldOut! * 100)}%`);
    expect(model).toContain(`${summary.within} of all ${summary.total} fall within`);
    const mine = all.find((r) => r.journey.id === 'ca-chongqing-tashkent')!;
    const item = [...section.querySelectorAll('li')].find((li) => li.textContent!.includes('Chongqing'))!;
    const line = item.textContent;
    expect(line).toContain('Chongqing → Tashkent, 2025-04: published 12.0 days');
    expect(line).toContain(`the planner, asked the same, ${mine.route!.days.typical.toFixed(1)} days`);
    expect(line).toContain('held out of the fit');
    expect(item.querySelector('a')!.getAttribute('href')).toBe(mine.journey.sources[0]!.url);
    // The route also passes Urumqi and Almaty: the 2017 journey between them is listed too.
    expect(section.textContent).not.toContain('the other way round');
    expect(section.textContent).toContain('Ürümqi → Almaty, 2017-02');
  });

  it('marks a journey the planner misses, and says so when none runs over the route', async () => {
    openWith({ from: 'Urumqi', to: 'Almaty', modes: ['rail'] });
    const section = await screen.findByRole('region', { name: 'Published journeys' });
    const off = section.querySelector('li.route-journey-off')!;
    expect(off.textContent).toContain('Ürümqi → Almaty');
    expect(off.textContent).toContain('outside the published range ±20%');
    cleanup();
    openWith({ from: 'Kashgar', to: 'Dushanbe' });
    const none = await screen.findByRole('region', { name: 'Published journeys' });
    expect(none.textContent).toContain('None of them runs over this route.');
  });

  it('lists a journey that ran the other way after the others, and says so', async () => {
    openWith({ from: 'Xi’an', to: 'Duisburg' });
    const section = await screen.findByRole('region', { name: 'Published journeys' });
    const lines = [...section.querySelectorAll('li')].map((li) => li.textContent!);
    const back = lines.findIndex((x) => x.startsWith('Duisburg → Xi’an'));
    expect(back).toBeGreaterThan(lines.findIndex((x) => x.startsWith('Xi’an → Duisburg')));
    expect(lines[back]).toContain('(the other way round; held out of the fit');
  });

  it('speaks Russian and Chinese', async () => {
    openWith({ from: 'Chongqing', to: 'Tashkent', modes: ['rail'] }, 'ru');
    const ru = await screen.findByRole('region', { name: 'Опубликованные рейсы' });
    expect(ru.textContent).toMatch(/Чунцин → Ташкент, 2025-04: опубликовано 12,0 сут\./);
    cleanup();
    openWith({ from: 'Chongqing', to: 'Tashkent', modes: ['rail'] }, 'zh');
    const zh = await screen.findByRole('region', { name: '已公布的班列实绩' });
    expect(zh.textContent).toMatch(/重庆 → 塔什干，2025-04：公布12\.0天/);
  });
});

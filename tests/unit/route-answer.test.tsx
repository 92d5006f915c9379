// @vitest-environment jsdom
// The answer says what a planner needs beside its numbers: each route's crossings by name, legs numbered 1…n,
// what the month of departure closes or slows, and why two routes that take the same days are in their order.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { loadGeoDataset } from '../../src/data/load-node';
import type { Dataset } from '../../src/data/schema';
import { tieNotes } from '../../src/planner/answer-notes';
import { RoutePanel } from '../../src/planner/RoutePanel';
import { answerFor, networkFor } from '../../src/planner/use-plan';
import { useAppStore } from '../../src/store';
import { EMPTY_PLAN, type RoutePlan } from '../../src/store/route-slice';

let data: Dataset;
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  data = loaded.data;
  provideDataset(loaded.data);
});
afterEach(cleanup);

function openWith(plan: Partial<RoutePlan>, lang: 'en' | 'zh' | 'ru' = 'en') {
  useAppStore.setState({ lang, routePlan: { ...EMPTY_PLAN, ...plan } });
  return render(<RoutePanel />);
}

const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent!);
const XIAN_DUISBURG_NO_RUSSIA = { from: 'Xi’an', to: 'Duisburg', avoid: ['RUS'] };

describe('the comparison names each route’s crossings', () => {
  it('lists the crossings of every route under its count, a sea border as the two countries', () => {
    openWith(XIAN_DUISBURG_NO_RUSSIA);
    const best = screen.getByRole('list', { name: 'Crossings of Best' });
    const names = within(best)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names[0]).toMatch(/^(Alashankou–Dostyk|Khorgos)$/);
    expect(names).toContain('Kazakhstan → Azerbaijan by sea');
    expect(names).toContain('Böyük Kəsik–Gardabani');
    expect(best.parentElement!.textContent!.startsWith(String(names.length))).toBe(true);
    expect(screen.getByRole('list', { name: 'Crossings of Alternative 1' })).toBeTruthy();
  });
});

describe('borders inside a customs union', () => {
  it('are counted and named with the union, in the comparison and under their leg', () => {
    openWith({ from: 'Constanța', to: 'Duisburg', modes: ['rail'] });
    const best = screen.getByRole('list', { name: 'Crossings of Best' });
    const names = within(best)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names).toEqual([
      'Romania → Hungary (no customs inside the EU customs union)',
      'Hungary → Austria (no customs inside the EU customs union)',
      'Austria → Germany (no customs inside the EU customs union)',
    ]);
    expect(texts('.route-legs ul .route-step-border')[0]).toMatch(
      /^Border Romania → Hungary on the way to Budapest, no customs inside the EU customs union/,
    );
  });
});

describe('the legs of the route', () => {
  it('are numbered 1…n, with the border waits and transfers under the leg they end', () => {
    openWith(XIAN_DUISBURG_NO_RUSSIA);
    const legs = document.querySelectorAll('.route-legs > ol > li');
    const summary = document.querySelector('.route-legs > summary')!.textContent!;
    expect(summary).toBe(`Legs of the route on the map (${legs.length})`);
    for (const li of legs) expect(li.className).toBe('route-step route-step-leg');
    const stops = screen.getAllByRole('list', { name: /^At the end of leg \d+$/ });
    expect(stops.length).toBeGreaterThan(2);
    expect(texts('.route-legs ul .route-step-border').length).toBeGreaterThan(2);
    expect(texts('.route-legs ul > li').some((s) => s.startsWith('Break of gauge at '))).toBe(true);
  });
});

describe('the month of departure', () => {
  it('says in winter that the Caspian ferry waits longer, and not in summer', () => {
    // Through Aktau: in January the best way round the Caspian is otherwise overland through Iran.
    const viaAktau = { ...XIAN_DUISBURG_NO_RUSSIA, via: ['Port of Aktau'] };
    openWith({ ...viaAktau, month: 1 });
    const [note] = texts('.route-notes-month');
    const [, winter, rest] = note!.match(
      /^In January the Caspian ferry at Port of Aktau waits longer in winter weather: [\d–]+ h \(typical (\d+)\), against [\d–]+ h \(typical (\d+)\) the rest of the year\.$/,
    )!;
    expect(Number(winter)).toBeGreaterThan(Number(rest));
    cleanup();
    openWith({ ...viaAktau, month: 6 });
    expect(texts('.route-notes-month')).toEqual([]);
  });

  it('says which seasonal leg the month closes, in the reader’s language', () => {
    openWith({ from: 'port-arkhangelsk', to: 'port-shanghai', compareSea: true, month: 2 });
    expect(texts('.route-notes-month')).toEqual([
      'In February the Arctic Express No. 1 is closed (open July to November); routes through it are not offered.',
    ]);
    cleanup();
    openWith({ from: 'port-arkhangelsk', to: 'port-shanghai', compareSea: true, month: 2 }, 'zh');
    expect(texts('.route-notes-month')[0]).toMatch(/^二月.*关闭（开放期为七月至十一月）/);
    cleanup();
    openWith({ from: 'port-arkhangelsk', to: 'port-shanghai', compareSea: true, month: 8 });
    expect(texts('.route-notes-month')).toEqual([]);
  });

  it('names the legs, not their corridor, when the corridor runs all year and a pass on it does not', () => {
    openWith({ from: 'xian', to: 'dushanbe', month: 12 });
    const [note, ...more] = texts('.route-notes-month');
    expect(more).toEqual([]);
    expect(note).toMatch(
      /^In December these legs are closed: Kashgar – Kulma–Karasu and Kulma–Karasu – Dushanbe \(open May to November\); the routes shown go around them\. In season the best route takes [\d.]+ days typical\.$/,
    );
    cleanup();
    openWith({ from: 'xian', to: 'dushanbe', month: 12 }, 'ru');
    expect(texts('.route-notes-month')[0]).toMatch(/^В месяце «декабрь» закрыты участки: Кашгар – Кульма – Карасу и /);
  });
});

describe('an entry ban', () => {
  it('says the routes were planned around it, in the reader’s language', () => {
    openWith({ from: 'Moscow', to: 'Mumbai', avoid: ['SUEZ'] });
    expect(texts('.route-notes-ban')).toEqual([
      'Goods that have been in Pakistan may not enter India (India has barred their import and transit since 2025-05-02), so the routes shown keep out of Pakistan.',
    ]);
    cleanup();
    openWith({ from: 'Moscow', to: 'Mumbai', avoid: ['SUEZ'] }, 'zh');
    expect(texts('.route-notes-ban')[0]).toBe(
      '到过巴基斯坦的货物不得进入印度（印度自2025-05-02起禁止其进口和过境），因此所示路线避开巴基斯坦。',
    );
    cleanup();
    openWith({ from: 'Xi’an', to: 'Duisburg' });
    expect(texts('.route-notes-ban')).toEqual([]);
  });

  it('is the reason there is no route when the question needs both countries', () => {
    openWith({ from: 'Port of Karachi', to: 'Mumbai' });
    expect(document.querySelector('.route-panel')!.textContent).toContain(
      'Goods that have been in Pakistan may not enter India: India has barred their import and transit since 2025-05-02.',
    );
  });
});

describe('routes that take the same days', () => {
  it('are explained: which comes first and by how much', () => {
    const result = answerFor(networkFor(data), { ...EMPTY_PLAN, from: 'xian', to: 'duisburg', avoid: ['RUS'] });
    if (!result?.ok) throw new Error('no route');
    const best = result.routes[0]!;
    // A route two hours slower in the same days: the note says why the first comes first.
    const slower = { ...best, id: 'slower', hours: { ...best.hours, typical: best.hours.typical + 2 } };
    expect(tieNotes([best, slower], 'time', 'en')).toEqual([
      `Best and Alternative 1 both take ${best.days.typical.toFixed(1)} days typical: Best comes first because it is 2 h faster.`,
    ]);
  });

  it('says so when nothing separates two routes, and says nothing when the days differ', () => {
    const result = answerFor(networkFor(data), { ...EMPTY_PLAN, from: 'wuhan', to: 'tashkent' });
    if (!result?.ok) throw new Error('no route');
    const [best, next] = result.routes;
    expect(tieNotes([best!, { ...best!, id: 'copy' }], 'time', 'en')).toEqual([
      `Best and Alternative 1 both take ${best!.days.typical.toFixed(1)} days typical: they are equal in time and distance, so either could come first.`,
    ]);
    expect(tieNotes([best!, next!], 'time', 'en')).toEqual([]);
  });
});

describe('a train from China that ends in Central Asia', () => {
  it('is told why it waits at the border longer than a train to Europe, in the reader’s language', () => {
    openWith({ from: 'Chongqing', to: 'Tashkent', modes: ['rail'] });
    const [note] = texts('.route-notes-arrival');
    expect(note).toMatch(
      /^A train from China that ends in Central Asia waits at (Khorgos|Alashankou–Dostyk) for import clearance/,
    );
    expect(note).toMatch(/CAREC/);
    cleanup();
    openWith({ from: 'Chongqing', to: 'Tashkent', modes: ['rail'] }, 'ru');
    expect(texts('.route-notes-arrival')[0]).toMatch(/^Поезд из Китая/);
  });

  it('says nothing of it on the way to Europe, or for an express run', () => {
    openWith({ from: 'Chongqing', to: 'Duisburg', modes: ['rail'] });
    expect(texts('.route-notes-arrival')).toEqual([]);
    cleanup();
    openWith({ from: 'Chongqing', to: 'Tashkent', modes: ['rail'], service: 'express' });
    expect(texts('.route-notes-arrival')).toEqual([]);
  });
});

describe('a route that leaves the map', () => {
  it('round the Cape of Good Hope, is said to run south of the map, and by Suez is not', () => {
    openWith({ from: 'Port of Shanghai', to: 'Port of Rotterdam', modes: ['sea'], avoid: ['SUEZ'] });
    expect(texts('.route-notes-off-map')).toEqual([
      'Part of this route runs south of 12° S, beyond the map, which covers the corridor region only; the legs below list it in full.',
    ]);
    cleanup();
    openWith({ from: 'Port of Shanghai', to: 'Port of Rotterdam', modes: ['sea'] });
    expect(texts('.route-notes-off-map')).toEqual([]);
  });
});

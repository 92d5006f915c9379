import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';
import { EMPTY_PLAN, planFromQuery, planQuery } from '../../src/store/route-slice';
import { buildSearch, needsPush, parseSearch } from '../../src/store/url';
import { URL_FIELDS } from '../../src/store/url-fields';

const store = () => useAppStore.getState();
const link = () => buildSearch(store(), URL_FIELDS);

describe('route slice', () => {
  it('holds the question; changing it shows the best route again and counts as the reader asking', () => {
    store().setRoutePlace('from', 'wuhan-wujiashan');
    store().setRoutePlace('to', '  Ташкент ');
    store().chooseRoute(2);
    expect(store().routePlan).toMatchObject({ from: 'wuhan-wujiashan', to: 'Ташкент', choice: 2 });
    const asked = store().routeAsked;
    store().setRouteOptions({ avoid: ['RUS', 'RUS'], modes: ['sea', 'rail'] });
    expect(store().routePlan).toMatchObject({ avoid: ['RUS'], modes: ['rail', 'sea'], choice: 0 });
    expect(store().routeAsked).toBe(asked + 1);
  });

  it('never lets the allowed modes become empty, and swaps the ends with the stops reversed', () => {
    store().setRouteOptions({ modes: [] });
    expect(store().routePlan.modes).toEqual(['rail', 'road', 'ferry', 'sea']);
    store().setRoutePlace('from', 'a');
    store().setRoutePlace('to', 'b');
    store().setRouteVia(['x', ' ', 'y']);
    store().swapRouteEnds();
    expect(store().routePlan).toMatchObject({ from: 'b', to: 'a', via: ['y', 'x'] });
  });

  it('asks the planner only once both ends are given', () => {
    expect(planQuery(EMPTY_PLAN)).toBeNull();
    expect(planQuery({ ...EMPTY_PLAN, from: 'xian' })).toBeNull();
    expect(planQuery({ ...EMPTY_PLAN, from: 'xian', to: 'duisburg', avoid: ['RUS'], month: 8 })).toEqual({
      from: 'xian',
      to: 'duisburg',
      via: [],
      by: 'time',
      modes: ['rail', 'road', 'ferry', 'sea'],
      avoid: ['RUS'],
      includePlanned: false,
      month: 8,
      service: 'block',
    });
  });

  it('opens the Route tab with a place from its details', () => {
    store().routeWithPlace('to', 'tashkent');
    expect(store()).toMatchObject({ panelView: 'route', panelOpen: true, routePlan: { to: 'tashkent' } });
  });

  it('takes a story scene’s route query as the plan', () => {
    expect(planFromQuery({ from: 'kashgar', to: 'andijan', includePlanned: true, avoid: ['kaz'] })).toEqual({
      ...EMPTY_PLAN,
      from: 'kashgar',
      to: 'andijan',
      includePlanned: true,
      avoid: ['KAZ'],
    });
  });
});

describe('route in the link', () => {
  it('writes every part of the plan and reads it back', () => {
    useAppStore.setState({
      routePlan: {
        from: 'xian',
        to: 'Дуйсбург',
        via: ['Baku', 'tbilisi'],
        by: 'distance',
        modes: ['rail', 'ferry'],
        avoid: ['RUS', 'IRN', 'SUEZ'],
        includePlanned: true,
        month: 2,
        service: 'express',
        compareSea: true,
        choice: 1,
      },
    });
    const search = link();
    const params = new URLSearchParams(search);
    expect(Object.fromEntries(params)).toMatchObject({
      from: 'xian',
      to: 'Дуйсбург',
      via: 'Baku,tbilisi',
      by: 'distance',
      allow: 'rail,ferry',
      avoid: 'RUS,IRN,SUEZ',
      planned: '1',
      month: '2',
      service: 'express',
      sea: '1',
      alt: '1',
    });
    const { patch, dropped } = parseSearch(search, URL_FIELDS);
    expect(dropped).toEqual([]);
    expect(patch.routePlan).toEqual(store().routePlan);
  });

  it('leaves the route out of the link while there is none, and restores the empty plan without it', () => {
    expect(link()).not.toMatch(/from=|to=|allow=|avoid=|alt=/);
    expect(parseSearch('?lang=en', URL_FIELDS).patch.routePlan).toEqual(EMPTY_PLAN);
  });

  it('drops malformed values with their keys and keeps the rest of the plan', () => {
    const { patch, dropped } = parseSearch(
      '?from=xian&to=duisburg&allow=rail,plane&avoid=RU&month=13&by=fast&planned=yes&alt=x&via=a,,b&service=fast',
      URL_FIELDS,
    );
    expect(dropped.sort()).toEqual(['allow', 'alt', 'avoid', 'by', 'month', 'planned', 'service', 'via']);
    expect(patch.routePlan).toEqual({ ...EMPTY_PLAN, from: 'xian', to: 'duisburg' });
  });

  it('drops a place with control characters and keeps names in any script', () => {
    expect(parseSearch('?from=%07x&to=霍尔果斯', URL_FIELDS)).toMatchObject({
      dropped: ['from'],
      patch: { routePlan: { from: '', to: '霍尔果斯' } },
    });
  });

  it('makes a history entry for a new question, not for choosing an alternative', () => {
    expect(needsPush('?from=a&to=b', '?from=a&to=c', URL_FIELDS)).toBe(true);
    expect(needsPush('?from=a&to=b', '?from=a&to=b&avoid=RUS', URL_FIELDS)).toBe(true);
    expect(needsPush('?from=a&to=b', '?from=a&to=b&alt=2', URL_FIELDS)).toBe(false);
  });

  it('opens the Route tab from view=route', () => {
    expect(parseSearch('?view=route', URL_FIELDS).patch).toMatchObject({ panelView: 'route', panelOpen: true });
  });

  it('yields to an open story, whose scene sets the route', () => {
    useAppStore.setState({
      story: { id: 'cku-wuhan-tashkent', scene: 2 },
      routePlan: { ...EMPTY_PLAN, from: 'kashgar', to: 'osh' },
    });
    expect(link()).not.toContain('from=');
  });
});

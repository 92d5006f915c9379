// The service class a planner chooses: an express train waits the shortest time measured at rail crossings, gauge
// changes and Caspian ferry berths, a scheduled block train (the default) the typical time, a regular or wagonload
// service at least CAREC's average at a rail crossing. The answer says which class it assumed.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset, ROUTING_FILES } from '../../src/data/load-node';
import {
  buildNetwork,
  DEFAULT_PARAMS,
  planRoutes,
  type Network,
  type Route,
  type RouteQuery,
  type ServiceClass,
} from '../../src/routing';

let net: Network;
beforeAll(() => {
  const loaded = loadGeoDataset('geo', ROUTING_FILES);
  if (!loaded.ok) throw new Error(loaded.message);
  net = buildNetwork(loaded.data);
});

const XIAN_TASHKENT: RouteQuery = {
  from: 'xian',
  to: 'tashkent',
  via: ['khorgos', 'saryagash-keles'],
  modes: ['rail'],
  alternatives: 0,
};

function plan(q: RouteQuery, service?: ServiceClass): { service: ServiceClass; route: Route } {
  const p = planRoutes(net, { ...q, service });
  if (!p.ok) throw new Error(p.reason);
  return { service: p.query.service, route: p.routes[0]! };
}

const dwellAt = (r: Route, at: string) =>
  r.transfers.filter((t) => t.at === at).reduce((s, t) => s + t.hours.typical, 0);

describe('service class', () => {
  it('is the scheduled block train when the question names none, and the answer says so', () => {
    expect(plan(XIAN_TASHKENT).service).toBe('block');
    expect(plan(XIAN_TASHKENT, 'express').service).toBe('express');
  });

  it('at Khorgos: express the shortest transfer measured, block the typical, regular at least CAREC’s average', () => {
    const k = DEFAULT_PARAMS.crossingDwell.khorgos!.value;
    const carec = DEFAULT_PARAMS.service.regular.railCrossing!.value.typical;
    // A train that ends in Central Asia waits on top (routing-arrival.test.ts); an express train not at all.
    const wait = DEFAULT_PARAMS.dwell.centralAsiaArrival.value;
    expect(dwellAt(plan(XIAN_TASHKENT, 'express').route, 'khorgos')).toBeCloseTo(k.min + wait.min, 5);
    expect(dwellAt(plan(XIAN_TASHKENT, 'block').route, 'khorgos')).toBeCloseTo(k.typical + wait.typical, 5);
    expect(dwellAt(plan(XIAN_TASHKENT, 'regular').route, 'khorgos')).toBeCloseTo(
      Math.max(k.typical, carec) + wait.typical,
      5,
    );
  });

  it('orders the days: express before block before regular, on the same route', () => {
    const [e, b, r] = (['express', 'block', 'regular'] as const).map((s) => plan(XIAN_TASHKENT, s).route);
    expect(e!.id).toBe(b!.id);
    expect(r!.id).toBe(b!.id);
    expect(e!.days.typical).toBeLessThan(b!.days.typical);
    expect(b!.days.typical).toBeLessThan(r!.days.typical);
  });

  it('cites the service’s sources where it changed a dwell', () => {
    const t = plan(XIAN_TASHKENT, 'regular').route.transfers.find((x) => x.at === 'khorgos')!;
    expect(t.sources).toEqual(expect.arrayContaining(DEFAULT_PARAMS.service.regular.sources));
  });

  it('an express train boards a Caspian ferry in the shortest loading time measured', () => {
    const q: RouteQuery = { from: 'khorgos', to: 'port-alat', alternatives: 0 };
    const board = (s: ServiceClass) =>
      plan(q, s).route.transfers.find((t) => t.kind === 'transshipment' && t.toCarrier === 'ferry')!.hours.typical;
    expect(board('express')).toBe(DEFAULT_PARAMS.dwell.ferryBoard.value.min);
    expect(board('block')).toBe(DEFAULT_PARAMS.dwell.ferryBoard.value.typical);
  });

  it('leaves a voyage by sea alone: no rail crossing, no difference', () => {
    const q: RouteQuery = { from: 'port-shanghai', to: 'port-rotterdam', modes: ['sea'], alternatives: 0 };
    expect(plan(q, 'express').route.days).toEqual(plan(q, 'regular').route.days);
  });

  it('refuses a class it does not know, in words', () => {
    const p = planRoutes(net, { ...XIAN_TASHKENT, service: 'fast' as ServiceClass });
    expect(p).toMatchObject({ ok: false, code: 'bad_query', reason: 'service is express, block, regular, not "fast"' });
  });
});

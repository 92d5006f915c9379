// A train from China that ends in Central Asia waits at the border beyond the through trains (import clearance,
// splitting, onward forwarding): the answer for Chongqing → Tashkent carries that wait at Khorgos, the same train's
// crossing on the way to Europe does not, nor does the eastbound train or the rail–road service by Irkeshtam.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, type Network, type Route, type RouteQuery } from '../../src/routing';
import { isChinaExit } from '../../src/routing/arrival';
import { bestRoute, realNetwork } from './routing-real-network';

let net: Network;
beforeAll(() => {
  net = realNetwork();
});

const best = (q: RouteQuery): Route => bestRoute(net, q);

const atKhorgos = (r: Route) => r.transfers.filter((t) => t.at === 'khorgos').reduce((s, t) => s + t.hours.typical, 0);

const khorgos = DEFAULT_PARAMS.crossingDwell.khorgos!.value;
const wait = DEFAULT_PARAMS.dwell.centralAsiaArrival;

describe('trains from China that end in Central Asia', () => {
  it('wait at Khorgos on top of the through train’s dwell, and the answer cites why', () => {
    const r = best({ from: 'chongqing', to: 'tashkent', via: ['khorgos'], modes: ['rail'] });
    expect(atKhorgos(r)).toBeCloseTo(khorgos.typical + wait.value.typical, 5);
    const t = r.transfers.find((x) => x.at === 'khorgos')!;
    expect(t.sources).toEqual(expect.arrayContaining(wait.sources));
  });

  it('take days longer to Tashkent than the same line’s trains take to the border and on to Europe', () => {
    const toTashkent = best({ from: 'chongqing', to: 'tashkent', via: ['khorgos'], modes: ['rail'] });
    const toEurope = best({ from: 'chongqing', to: 'duisburg', via: ['khorgos'], modes: ['rail'] });
    expect(atKhorgos(toEurope)).toBeCloseTo(khorgos.typical, 5);
    expect(toTashkent.days.typical).toBeGreaterThan(10);
  });

  it('do not wait so going east, from Central Asia to China', () => {
    const r = best({ from: 'tashkent', to: 'chongqing', via: ['khorgos'], modes: ['rail'] });
    expect(atKhorgos(r)).toBeCloseTo(khorgos.typical, 5);
  });

  it('end in Central Asia in Afghanistan too: Mazar-i-Sharif is not planned sooner than Termez on its way', () => {
    const days = (to: string) => best({ from: 'xian', to, modes: ['rail'] }).days.typical;
    expect(days('mazar-i-sharif')).toBeGreaterThan(days('termez'));
  });

  it('are paid at every rail crossing out of China into Central Asia, each of which has a dwell of its own', () => {
    const exits = net.nodes.filter(isChinaExit);
    expect(exits.map((n) => n.id)).toContain('khorgos');
    for (const n of exits) expect(n.dwell, n.id).toBeDefined();
  });

  it('as an express run, are forwarded whole: no wait beyond the fastest transfer', () => {
    const r = best({ from: 'xian', to: 'tashkent', via: ['khorgos'], modes: ['rail'], service: 'express' });
    expect(atKhorgos(r)).toBeCloseTo(khorgos.min + wait.value.min, 5);
  });

  it('leave the rail–road service by Kashgar and Irkeshtam alone, which crosses by road', () => {
    const r = best({ from: 'wuhan-wujiashan', to: 'tashkent', via: ['kashgar', 'irkeshtam'] });
    const crossing = r.transfers.find((t) => t.at === 'irkeshtam')!;
    expect(crossing.hours.typical).toBeLessThan(wait.value.typical);
    expect(r.days.typical).toBeLessThan(11);
  });
});

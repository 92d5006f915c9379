// Why there is no route, in words: each failure code and each kind of cause the planner returns as data, worded in
// the reader's language from the real network.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/data/schema';
import { loadGeoDataset } from '../../src/data/load-node';
import { failureWords } from '../../src/planner/failure';
import { buildNetwork, planRoutes, type Network, type PlanResult } from '../../src/routing';
import { EMPTY_PLAN, planQuery, type RoutePlan } from '../../src/store/route-slice';

let net: Network;
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  net = buildNetwork(loaded.data);
});

type Failure = Extract<PlanResult, { ok: false }>;

/** Plans `p` on the real data and words the failure it must be. */
function why(p: Partial<RoutePlan>, lang: Lang = 'en', code?: Failure['code']) {
  const plan = { ...EMPTY_PLAN, ...p };
  const result = planRoutes(net, planQuery(plan)!);
  if (result.ok) throw new Error(`expected no route for ${JSON.stringify(p)}`);
  if (code) expect(result.code).toBe(code);
  return failureWords(net, plan, result, lang);
}

describe('no route, in words', () => {
  it('names an unknown place and its role, and offers the place meant', () => {
    const w = why({ from: 'Wuhanx', to: 'Tashkent' }, 'en', 'unknown_place');
    expect(w.message).toBe('No place called “Wuhanx” (origin).');
    expect(w.stop).toEqual({ role: 'from', index: 0 });
    expect(w.candidates.map((c) => c.name)).toContain('Wuhan (China)');
  });

  it('asks which place an ambiguous name means', () => {
    const w = why({ from: 'Kashgar', to: 'port' }, 'ru', 'ambiguous_place');
    expect(w.message).toBe('«port» (конец) может означать несколько мест; выберите одно.');
    expect(w.candidates.map((c) => c.name)).toContain('Порт Поти (Грузия)');
  });

  it('says when origin and destination are the same place', () => {
    expect(why({ from: 'wuhan-wujiashan', to: 'Wujiashan' }, 'en', 'same_place').message).toBe(
      'Origin and destination are the same place (Wuhan Wujiashan station).',
    );
  });

  it('says which end lies in an avoided country, or is not open in the scenario', () => {
    expect(why({ from: 'Almaty', to: 'Tashkent', avoid: ['KAZ'] }, 'en', 'endpoint_excluded').message).toBe(
      'Almaty (origin) is in a country you avoid: Kazakhstan.',
    );
    expect(why({ from: 'Almaty', to: 'muzart-narynkol' }, 'en', 'endpoint_excluded').message).toMatch(
      /^Muzart–Narynkol \(destination\) is planned.*: not part of the chosen scenario\. Include planned links to use it\.$/,
    );
  });

  it('says which end has no leg of the allowed modes', () => {
    expect(why({ from: 'Kashgar', to: 'Irkeshtam', modes: ['rail'] }, 'en', 'no_legs').message).toBe(
      'Irkeshtam (destination) has no rail legs in the data.',
    );
  });

  it('names the avoided countries every route crosses: any one of them, or several together', () => {
    const plan = { ...EMPTY_PLAN, from: 'xian', to: 'duisburg', avoid: ['RUS', 'KAZ'] };
    const avoid = (together: boolean): Failure => ({
      ok: false,
      code: 'blocked_by_avoid',
      reason: '',
      causes: [{ kind: 'avoid', countries: ['RUS', 'KAZ'], together }],
    });
    expect(failureWords(net, plan, avoid(false), 'en').message).toBe(
      'Every route crosses an avoided country (Russia or Kazakhstan).',
    );
    expect(failureWords(net, plan, avoid(true), 'en').message).toBe(
      'Every route crosses several of the avoided countries (Russia and Kazakhstan).',
    );
    // On the data, with the sea lanes and the southern links, Xi’an reaches Duisburg without either country.
    const found = planRoutes(net, planQuery(plan)!);
    if (!found.ok) throw new Error('expected a route around Russia and Kazakhstan');
    for (const route of found.routes) expect(route.countries.filter((c) => c === 'RUS' || c === 'KAZ')).toEqual([]);
  });

  it('names the border without an operational crossing and the planned one that would open it', () => {
    const plan = { from: 'Kashgar', to: 'Torugart' };
    expect(why(plan, 'en', 'blocked_by_status').message).toBe(
      'No operational crossing between China and Kyrgyzstan in the chosen scenario; with planned links the route runs via Torugart: Kashgar – Torugart (under construction, opening 2030).',
    );
    expect(why(plan, 'zh').message).toContain('中国与吉尔吉斯斯坦之间没有运营中的口岸');
    expect(why(plan, 'ru').message).toContain('на границе Китай — Киргизия');
  });

  it('names the seasonal leg, its window and the month asked', () => {
    const plan = { ...EMPTY_PLAN, from: 'bely-rast', to: 'port-shanghai', month: 2 };
    const season: Failure = {
      ok: false,
      code: 'blocked_by_season',
      reason: '',
      causes: [
        {
          kind: 'season',
          month: 2,
          legs: [
            {
              segment: 'sea_port-arkhangelsk_port-shanghai',
              corridor: 'arctic-express-1',
              season: { from: 7, to: 11 },
            },
          ],
        },
      ],
    };
    expect(failureWords(net, plan, season, 'en').message).toBe(
      'The Arctic Express No. 1 leg runs July–November; February is outside.',
    );
    expect(failureWords(net, plan, season, 'ru').message).toBe(
      'Участок «Арктический экспресс № 1» открыт: июль — ноябрь; февраль в это окно не входит.',
    );
    // On the data: by sea alone, Arkhangelsk reaches Shanghai only on the Arctic leg.
    expect(why({ from: 'port-arkhangelsk', to: 'port-shanghai', modes: ['sea'], month: 2 }).message).toContain(
      'The Arctic Express No. 1 leg runs July–November; February is outside.',
    );
  });

  it('lists every setting in the way when several are', () => {
    const w = why({ from: 'Kashgar', to: 'Osh', avoid: ['KAZ'], modes: ['rail'] }, 'en', 'blocked_by_several');
    expect(w.message).toMatch(/^No route with all these settings\. In the way: /);
    expect(w.message).toContain('Every route crosses an avoided country (Kazakhstan).');
    expect(w.message).toContain('via Torugart');
    expect(w.message).toContain('No route with only these modes: rail. There is one if you also allow road.');
  });

  it('words the missing modes, the unreachable and the unreadable from the data the planner returns', () => {
    const plan = { ...EMPTY_PLAN, from: 'Kashgar', to: 'Osh', modes: ['rail' as const] };
    const modes: Failure = {
      ok: false,
      code: 'blocked_by_modes',
      reason: '',
      causes: [{ kind: 'modes', allowed: ['rail', 'road'], needed: ['ferry'] }],
    };
    expect(failureWords(net, plan, modes, 'en').message).toBe(
      'No route with only these modes: rail and road. There is one if you also allow ferry.',
    );
    const unreachable: Failure = { ok: false, code: 'unreachable', reason: '' };
    expect(failureWords(net, plan, unreachable, 'en').message).toBe(
      'No connection between Kashgar and Osh in the network data.',
    );
    const bad: Failure = { ok: false, code: 'bad_query', reason: '' };
    expect(failureWords(net, plan, bad, 'zh').message).toBe('无法读取这个查询，请检查地点和选项。');
  });
});

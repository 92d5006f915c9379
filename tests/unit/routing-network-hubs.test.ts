// The network a planner ships on, on the real data in geo/: the freight hubs route to the main China and Europe
// ends, the sea lanes via Suez and via the Cape have the lengths published for Shanghai–Rotterdam, avoiding Suez
// sends the ship round the Cape, and every place a planner can type either routes somewhere or says why not.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset } from '../../src/data/load-node';
import { buildNetwork, planRoutes, planSeaRoute, type Network, type Route } from '../../src/routing';

let net: Network;
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  net = buildNetwork(loaded.data);
});

const seaKm = (r: Route) => r.legs.filter((l) => l.mode === 'sea').reduce((a, l) => a + l.km, 0);

/** Typed names, as a planner would type them, with the end each should reach. */
const HUBS: [string, 'Xi’an' | 'Duisburg'][] = [
  ['Chengdu', 'Duisburg'],
  ['Chongqing', 'Duisburg'],
  ['Zhengzhou', 'Duisburg'],
  ['Hefei', 'Duisburg'],
  ['Wuhan', 'Duisburg'],
  ['Yiwu', 'Duisburg'],
  ['Harbin', 'Duisburg'],
  ['Suifenhe', 'Xi’an'],
  ['Grodekovo', 'Xi’an'],
  ['Hunchun', 'Xi’an'],
  ['Jilin', 'Xi’an'],
  ['Małaszewicze', 'Xi’an'],
  ['Łódź', 'Xi’an'],
  ['Warsaw', 'Xi’an'],
  ['Hamburg', 'Xi’an'],
  ['Rotterdam', 'Xi’an'],
  ['Antwerp', 'Xi’an'],
  ['Budapest', 'Xi’an'],
  ['Vienna', 'Xi’an'],
  ['Prague', 'Xi’an'],
  ['Milan', 'Xi’an'],
  ['Piraeus', 'Xi’an'],
  ['Istanbul', 'Xi’an'],
  ['Mersin', 'Xi’an'],
  ['Kaliningrad', 'Xi’an'],
  ['Riga', 'Xi’an'],
  ['St Petersburg', 'Xi’an'],
  ['Ust-Luga', 'Xi’an'],
  ['Novorossiysk', 'Xi’an'],
  ['Samarkand', 'Xi’an'],
  ['Navoi', 'Xi’an'],
  ['Termez', 'Xi’an'],
  ['Hairatan', 'Xi’an'],
  ['Mazar-i-Sharif', 'Xi’an'],
  ['Ashgabat', 'Xi’an'],
  ['Turkmenbashi', 'Xi’an'],
  ['Mashhad', 'Xi’an'],
  ['Sarakhs', 'Xi’an'],
  ['Bishkek', 'Xi’an'],
  ['Dushanbe', 'Xi’an'],
  ['Karachi', 'Xi’an'],
  ['Gwadar', 'Xi’an'],
  ['Chabahar', 'Xi’an'],
  ['Mumbai', 'Xi’an'],
  ['Petropavl', 'Xi’an'],
  ['Kostanay', 'Xi’an'],
];

describe('the freight hubs', () => {
  it.each(HUBS)('%s routes to %s', (from, to) => {
    const plan = planRoutes(net, { from, to, alternatives: 0 });
    expect(plan.ok, plan.ok ? '' : plan.reason).toBe(true);
  });

  it('resolves the hubs in Chinese and Russian too', () => {
    for (const [name, to] of [
      ['义乌', '西安'],
      ['Самарканд', 'Сиань'],
      ['鹿特丹', '杜伊斯堡'],
      ['Хайратон', 'Ташкент'],
    ] as const)
      expect(planRoutes(net, { from: name, to, alternatives: 0 }).ok).toBe(true);
  });

  it('leaves Uzbekistan for Mashhad through Farap and Sarakhs, not round the Caspian', () => {
    const plan = planRoutes(net, { from: 'Samarkand', to: 'Mashhad', modes: ['rail'], alternatives: 0 });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.routes[0]!.crossings).toEqual(['farap-alat', 'sarakhs']);
    expect(plan.routes[0]!.km).toBeLessThan(1500);
  });

  it('leaves northern Kazakhstan for Russia at Petropavl', () => {
    const plan = planRoutes(net, { from: 'Petropavl', to: 'Yekaterinburg', modes: ['rail'], alternatives: 0 });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.routes[0]!.km).toBeLessThan(800);
  });
});

describe('the sea lanes', () => {
  // Shanghai–Rotterdam: about 10,600 nmi (19,630 km) via Suez, 13,800 nmi (25,560 km) via the Cape
  // (pemp-shanghai-rotterdam); the traced lanes are held within 5 %.
  const shanghaiRotterdam = (avoid: string[]) => {
    const sea = planSeaRoute(net, { from: 'port-shanghai', to: 'Rotterdam', avoid });
    if (!sea.ok) throw new Error(sea.reason);
    return sea.route;
  };
  it('Shanghai → Rotterdam via Suez has the published sea distance', () => {
    const r = shanghaiRotterdam([]);
    expect(r.legs.map((l) => l.to)).toContain('port-said');
    expect(seaKm(r)).toBeGreaterThan(19630 * 0.95);
    expect(seaKm(r)).toBeLessThan(19630 * 1.05);
  });

  it('Shanghai → Rotterdam round the Cape has the published sea distance', () => {
    const r = shanghaiRotterdam(['SUEZ']);
    expect(r.legs.map((l) => l.to)).toContain('cape-of-good-hope');
    expect(seaKm(r)).toBeGreaterThan(25560 * 0.95);
    expect(seaKm(r)).toBeLessThan(25560 * 1.05);
  });

  it('Xi’an → Rotterdam by sea goes by rail to a Chinese port, then through Suez, or round the Cape when Suez is avoided', () => {
    const suez = planSeaRoute(net, { from: 'Xi’an', to: 'Rotterdam' });
    const cape = planSeaRoute(net, { from: 'Xi’an', to: 'Rotterdam', avoid: ['SUEZ'] });
    if (!suez.ok || !cape.ok) throw new Error('no sea route');
    expect(suez.route.legs[0]!.mode).toBe('rail');
    expect(suez.route.seaComparison).toBe(true);
    expect(suez.route.legs.map((l) => l.to)).toContain('port-said');
    expect(cape.route.legs.map((l) => l.to)).not.toContain('port-said');
    expect(cape.route.legs.map((l) => l.to)).toContain('cape-of-good-hope');
    expect(cape.route.km - suez.route.km).toBeGreaterThan(5000);
  });

  it('avoiding Suez changes a sea plan from the canal to the Cape', () => {
    const via = (avoid: string[]) => {
      const plan = planRoutes(net, { from: 'Shanghai port', to: 'Piraeus', modes: ['sea'], avoid, alternatives: 0 });
      if (!plan.ok) throw new Error(plan.reason);
      return plan.routes[0]!.legs.map((l) => l.to);
    };
    expect(via([])).toContain('port-said');
    expect(via([])).not.toContain('cape-of-good-hope');
    expect(via(['SUEZ'])).toContain('cape-of-good-hope');
  });

  it('refuses an unknown avoid code in words', () => {
    const plan = planRoutes(net, { from: 'Xi’an', to: 'Rotterdam', avoid: ['SUEZZ'] });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toMatch(/SUEZZ/);
  });

  it('has no sea route when sea is not allowed, and says so', () => {
    const sea = planSeaRoute(net, { from: 'Xi’an', to: 'Rotterdam', modes: ['rail'] });
    expect(sea).toEqual({ ok: false, reason: 'sea is not among the allowed modes' });
  });
});

describe('roads on the road', () => {
  const byRoad = (from: string, to: string) => {
    const plan = planRoutes(net, { from, to, modes: ['road'], alternatives: 0 });
    if (!plan.ok) throw new Error(plan.reason);
    return plan.routes[0]!.km;
  };
  it('Kashgar → Tashkent by road is the published 920 km (kabar-cku-road-2018), within 5 %', () => {
    expect(Math.abs(byRoad('Kashgar', 'Tashkent') / 920 - 1)).toBeLessThan(0.05);
  });
  it('Kashgar → Dushanbe by road over the Kulma pass is the published 220 + 1,008 km, within 5 %', () => {
    expect(Math.abs(byRoad('Kashgar', 'Dushanbe') / 1228 - 1)).toBeLessThan(0.05);
  });
});

describe('every place a planner can type', () => {
  it('routes to Xi’an or Duisburg, or says why not in words', () => {
    const silent: string[] = [];
    for (const node of net.nodes) {
      const answers = ['xian', 'duisburg'].map((to) =>
        node.id === to ? { ok: true as const } : planRoutes(net, { from: node.id, to, alternatives: 0 }),
      );
      if (answers.some((a) => a.ok)) continue;
      const why = answers.map((a) => (a.ok ? '' : a.reason)).join(' / ');
      // Not open today: the answer names the status and how to include it.
      // A place with no legs at all (a road crossing the data has no road to) says that.
      if (!/planned|under construction|suspended|season|no transport legs/.test(why)) silent.push(`${node.id}: ${why}`);
    }
    expect(silent).toEqual([]);
  });
});

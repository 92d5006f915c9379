// What a planner reads off a route on the real data in geo/: the borders it crosses (a ship calling at Singapore or
// passing Suez does not bring the cargo into those countries), the countries it runs through and can avoid, and the
// corridors it follows for a real share of its km (not every corridor that shares a leg with it).
import { beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../../src/i18n/countries';
import type { Network, Route, RouteQuery } from '../../src/routing';
import { bestRoute, realNetwork } from './routing-real-network';

let net: Network;
beforeAll(() => {
  net = realNetwork();
});

const best = (q: RouteQuery): Route => bestRoute(net, q);

const borders = (r: Route) => r.transfers.filter((t) => t.kind === 'border').map((t) => t.countries?.join('>'));

describe('borders by sea', () => {
  it('Shanghai → Rotterdam by sea crosses one border, China to the Netherlands, not Singapore or Egypt', () => {
    const r = best({ from: 'port-shanghai', to: 'port-rotterdam', modes: ['sea'] });
    expect(r.legs.map((l) => l.to)).toEqual(expect.arrayContaining(['port-singapore', 'port-said']));
    expect(r.countries).toEqual(['CHN', 'NLD']);
    expect(r.sailsPast).toEqual(expect.arrayContaining(['SGP', 'EGY']));
    expect(r.borderCrossings).toBe(1);
    expect(borders(r)).toEqual(['CHN>NLD']);
  });

  it('a ship may sail past a port in an avoided country, but not call there', () => {
    const direct = best({ from: 'port-novorossiysk', to: 'port-genoa' });
    const avoiding = best({ from: 'port-novorossiysk', to: 'port-genoa', avoid: ['GRC'] });
    expect(avoiding.legs.map((l) => l.to)).toEqual(['port-piraeus', 'port-genoa']);
    expect(avoiding.km).toBe(direct.km);
    expect(avoiding.countries).toEqual(['RUS', 'ITA']);
    expect(avoiding.sailsPast).toEqual(['GRC']);
    expect(avoiding.transshipments).toBe(0);
    // Budapest is reached from Piraeus by rail: avoiding Greece, the box may not be unloaded there.
    const unloadsAtPiraeus = (avoid: string[]) =>
      best({ from: 'port-mersin', to: 'budapest', modes: ['sea', 'rail'], avoid }).transfers.some(
        (t) => t.at === 'port-piraeus',
      );
    expect(unloadsAtPiraeus([])).toBe(true);
    expect(unloadsAtPiraeus(['GRC'])).toBe(false);
  });

  it('a ship from Constanța to Italy adds no border inside the EU, and no detour by Egypt; the Swiss line does', () => {
    const r = best({ from: 'port-constanta', to: 'duisburg', avoid: ['HUN'], via: ['port-genoa'] });
    expect(r.legs.map((l) => l.to)).toEqual(expect.arrayContaining(['port-piraeus', 'port-genoa']));
    expect(r.countries).not.toContain('EGY');
    const borders = r.transfers.filter((t) => t.kind === 'border').map((t) => t.countries?.join('>'));
    expect(borders).toEqual(['ITA>CHE', 'CHE>DEU']);
  });
});

describe('countries along a route', () => {
  it('Constanța → Duisburg runs through Hungary and Austria, and avoiding either avoids it', () => {
    const r = best({ from: 'port-constanta', to: 'duisburg' });
    expect(r.countries).toEqual(expect.arrayContaining(['ROU', 'HUN', 'AUT', 'DEU']));
    for (const country of ['HUN', 'AUT']) {
      const round = best({ from: 'port-constanta', to: 'duisburg', avoid: [country] });
      expect(round.countries).not.toContain(country);
      expect(round.legs.flatMap((l) => l.countries)).not.toContain(country);
      expect(round.id).not.toEqual(r.id);
    }
  });
});

describe('corridor labels', () => {
  it('Xi’an → Duisburg round Russia is the CR Express, not the Middle Corridor whose line it borrows in Kazakhstan', () => {
    const r = best({ from: 'xian', to: 'duisburg' });
    expect(r.countries).toContain('RUS');
    expect(r.legs.flatMap((l) => l.corridors)).toContain('titr');
    expect(r.corridors[0]).toBe('cr-express');
    expect(r.corridors).not.toContain('titr');
  });

  it('Shanghai → Hamburg is not labelled China–Kyrgyzstan–Uzbekistan though it shares legs with it', () => {
    const r = best({ from: 'shanghai', to: 'port-hamburg' });
    expect(r.legs.flatMap((l) => l.corridors)).toContain('cku');
    expect(r.corridors.filter((c) => c.startsWith('cku'))).toEqual([]);
  });

  it('Xi’an → Duisburg avoiding Russia is the Middle Corridor first, with the CR Express legs out of China', () => {
    const r = best({ from: 'xian', to: 'duisburg', avoid: ['RUS'] });
    expect(r.corridors[0]).toBe('titr');
    expect(r.corridors).toContain('cr-express');
  });
});

describe('countries a planner can avoid', () => {
  it('every country the network touches has a name in Chinese, English and Russian', () => {
    const touched = new Set([...net.nodes.flatMap((n) => n.countries), ...net.segments.flatMap((s) => s.countries)]);
    const unnamed = [...touched].filter((c) =>
      (['zh', 'en', 'ru'] as const).some((lang) => countryName(c, lang) === c),
    );
    expect(unnamed).toEqual([]);
    expect(countryName('AUT', 'ru')).toBe('Австрия');
  });
});

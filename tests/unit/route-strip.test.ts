// The strip diagram's geometry, the words for each leg and transfer, and the route as files, on a real route with
// a break of gauge, transshipments and a sea leg (Xi’an → Duisburg avoiding Russia, through Baku).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset } from '../../src/data/load-node';
import { routeSteps } from '../../src/planner/leg-text';
import { routeFile, routeFilename } from '../../src/planner/route-file';
import { stripLayout } from '../../src/planner/strip-layout';
import { buildNetwork, planRoutes, type Network, type Route } from '../../src/routing';

let net: Network;
let route: Route;
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  net = buildNetwork(loaded.data);
  const plan = planRoutes(net, { from: 'xian', to: 'duisburg', via: ['port-alat'], avoid: ['RUS'], alternatives: 0 });
  if (!plan.ok) throw new Error(plan.reason);
  route = plan.routes[0]!;
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the strip of legs', () => {
  it('by time: every leg and every wait at a transfer, end to end, in proportion to hours', () => {
    const { pieces, markers } = stripLayout(route, 'time');
    expect(pieces.filter((p) => p.kind === 'leg')).toHaveLength(route.legs.length);
    expect(pieces.some((p) => p.kind === 'wait')).toBe(true);
    expect(sum(pieces.map((p) => p.size))).toBeCloseTo(1, 9);
    pieces.slice(1).forEach((p, i) => expect(p.start).toBeCloseTo(pieces[i]!.start + pieces[i]!.size, 9));
    // The longest leg by time is the longest piece.
    const legs = pieces.filter((p) => p.kind === 'leg');
    const slowest = route.legs.reduce((m, l, i) => (l.hours.typical > route.legs[m]!.hours.typical ? i : m), 0);
    expect(Math.max(...legs.map((p) => p.size))).toBe(legs[slowest]!.size);
    expect(markers).toHaveLength(route.transfers.length);
    expect(markers.map((m) => m.kind)).toEqual(route.transfers.map((t) => t.kind));
  });

  it('by distance: legs only, in proportion to km, with the markers where the legs meet', () => {
    const { pieces, markers } = stripLayout(route, 'km');
    expect(pieces.every((p) => p.kind === 'leg')).toBe(true);
    pieces.forEach((p, i) => expect(p.size).toBeCloseTo(route.legs[i]!.km / route.km, 6));
    const gauge = route.transfers.findIndex((t) => t.kind === 'gauge_change');
    const after = route.transfers[gauge]!.afterLeg;
    expect(markers[gauge]!.at).toBeCloseTo(pieces[after + 1]!.start, 9);
    expect(pieces.map((p) => p.carrier)).toEqual(expect.arrayContaining(['rail-1435', 'rail-1520', 'ferry', 'sea']));
  });

  it('words each leg and what happens after it, in order', () => {
    const steps = routeSteps(net, route, 'en');
    expect(steps.filter((s) => s.kind === 'leg')).toHaveLength(route.legs.length);
    expect(steps[0]!.text).toMatch(/^rail 1435 mm: Xi’an → .+, \d[\d,]* km, \d+–\d+ h \(typical \d+\)$/);
    const ferry = steps.findIndex((s) => s.text.startsWith('ferry: Port of Aktau → Port of Baku (Alat)'));
    expect(ferry).toBeGreaterThan(0);
    expect(steps[ferry - 1]!.text).toMatch(/^Transshipment at Port of Aktau: rail 1520 mm → ferry, /);
    expect(steps.map((s) => s.text)).toContain(
      'Border Kazakhstan → Azerbaijan on the way to Port of Baku (Alat), customs in the port time',
    );
    expect(steps.find((s) => s.kind === 'gauge_change')!.text).toMatch(
      /: 1435 → 1520 mm, its time counted in the crossing$/,
    );
  });
});

describe('the route as files', () => {
  it('names the file after its ends and the day', () => {
    expect(routeFilename(route, 'csv', new Date(2025, 6, 16))).toBe(
      'corridor-atlas-route-xian-duisburg-2025-07-16.csv',
    );
  });

  it('writes GeoJSON with a line per leg and a point per transfer, and CSV with a row per leg and per stop', async () => {
    const geo = JSON.parse(await routeFile(route, net, 'geojson').blob.text());
    const roles = geo.features.map((f: { properties: { role: string } }) => f.properties.role);
    expect(roles.filter((r: string) => r === 'leg')).toHaveLength(route.legs.length);
    expect(roles.length).toBe(route.legs.length + route.transfers.length);
    const csv = await routeFile(route, net, 'csv').blob.text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^route,step,leg,what,description,from \/ at,to,km,hours min,/);
    // The header, a row per leg and per transfer, the totals and the licence.
    expect(lines).toHaveLength(1 + route.legs.length + route.transfers.length + 2);
  });
});

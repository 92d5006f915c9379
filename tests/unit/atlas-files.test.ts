// The data files the build prepares for the browser (scripts/vite/atlas-files.ts): the view the map draws is
// lighter than geo/, nothing is lost once the details are put back, and the planner on the browser's data gives
// the same routes and km as on geo/ itself.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildAtlasFiles,
  DISPLAY_TOLERANCE_DEG,
  displayGeometry,
  LEG_DECIMALS,
  VIEW_LEG_DECIMALS,
  VIEW_TOLERANCE_DEG,
  type AtlasFiles,
} from '../../scripts/vite/atlas-files';
import {
  mergeDetails,
  mergeLines,
  mergeNetwork,
  mergeRouting,
  packLine,
  unpackLine,
  unpackView,
  withNames,
} from '../../src/data/atlas-format';
import { loadGeoDataset } from '../../src/data/load-node';
import type { LineString } from 'geojson';
import type { Dataset } from '../../src/data/schema';
import { buildNetwork, planRoutes, type Network, type RouteQuery } from '../../src/routing';

let full: Dataset;
let files: AtlasFiles;
beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  full = loaded.data;
  files = buildAtlasFiles(full);
});

const points = (d: Pick<Dataset, 'segments'>) =>
  d.segments.reduce((n, f) => n + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);

describe('the files prepared at build time', () => {
  it('draw the legs with far fewer points and no record texts', () => {
    expect(points(unpackView(files.view))).toBeLessThan(points(full) / 4);
    const node = files.view.nodes.find((f) => f.properties.id === 'khorgos')!.properties;
    expect(node.summary).toBeUndefined();
    expect(node.sources).toEqual([]);
    // Names travel apart, one file a language; the crossing's sides only the planner reads.
    expect(node.names).toBeUndefined();
    expect(node.sides).toBeUndefined();
  });

  it("give the view the names of the reader's language alone, and each language its own file", () => {
    const ru = withNames(unpackView(files.view), files.names.ru);
    const khorgos = ru.nodes.find((f) => f.properties.id === 'khorgos')!.properties;
    expect(khorgos.names).toEqual({ ru: 'Хоргос' });
    // Every corridor, place, leg and project with a name gets it, in every language.
    const named = [
      ...full.corridors,
      ...full.nodes.map((f) => f.properties),
      ...full.projects.map((f) => f.properties),
    ];
    for (const lang of ['zh', 'en', 'ru'] as const) {
      expect(Object.keys(files.names[lang].names).length).toBeGreaterThanOrEqual(named.length);
      for (const r of named) expect(files.names[lang].names[r.id], `${r.id} in ${lang}`).toBe(r.names[lang]);
    }
    // A second language adds to the first, as a switch of language does before the details arrive.
    const both = withNames(ru, files.names.zh);
    expect(both.corridors.find((c) => c.id === 'cr-express')!.names).toEqual({
      ru: full.corridors.find((c) => c.id === 'cr-express')!.names.ru,
      zh: full.corridors.find((c) => c.id === 'cr-express')!.names.zh,
    });
    const bytes = (x: unknown) => JSON.stringify(x).length;
    expect(bytes(files.names.en)).toBeLessThan(bytes(files.view) / 5);
  });

  it('give back every record as geo/ has it once the details and the full geometry are merged', () => {
    const view = withNames(unpackView(files.view), files.names.en);
    const merged = mergeRouting(mergeDetails(view, files.details), files.routing);
    expect(merged.sources).toEqual(full.sources);
    expect(merged.corridors).toEqual(full.corridors);
    expect(merged.segments).toEqual(full.segments);
    expect(merged.nodes.map((f) => f.properties)).toEqual(full.nodes.map((f) => f.properties));
    expect(merged.projects.map((f) => f.properties)).toEqual(full.projects.map((f) => f.properties));
  });

  it('write lines as text that reads back to exactly the drawn points', () => {
    const line = [
      [179.999, -0.001],
      [190.5, 45.123],
      [-29.75, 83.999],
      [0, 0],
    ];
    expect(unpackLine(packLine(line))).toEqual(line);
    const view = unpackView(files.view);
    expect(JSON.stringify(files.view.segments[0]!.geometry)).toMatch(/"type":"PackedLines"/);
    expect(view.segments.map((f) => f.geometry)).toEqual(
      full.segments.map((f) => displayGeometry(f.geometry, VIEW_LEG_DECIMALS, VIEW_TOLERANCE_DEG)),
    );
    // The lines file has the legs in hundredths of a degree, as the map draws them from zoom 4 to 6.
    const middle = mergeLines(view, files.lines);
    expect(middle.segments.map((f) => f.geometry)).toEqual(
      full.segments.map((f) => displayGeometry(f.geometry, LEG_DECIMALS, DISPLAY_TOLERANCE_DEG)),
    );
    const hundredths = [
      [75.12, 44.01],
      [75.2, 43.99],
    ];
    expect(unpackLine(packLine(hundredths, 2), 2)).toEqual(hundredths);
    // The view's in tenths of a degree, for the first view's zooms (below 4).
    const onGrid = (d: Pick<Dataset, 'segments'>, decimals: number) => {
      const leg = d.segments.find((f) => f.geometry.type === 'LineString')!.geometry as LineString;
      return leg.coordinates.every(([x, y]) =>
        [x! * 10 ** decimals, y! * 10 ** decimals].every((v) => Math.abs(v - Math.round(v)) < 1e-6),
      );
    };
    expect(onGrid(view, 1)).toBe(true);
    expect(onGrid(middle, 2)).toBe(true);
    expect(onGrid(middle, 1)).toBe(false);
    // The first view's lines have about half the points of the middle zooms', which have under a quarter of geo/'s.
    expect(points(view)).toBeLessThan(points(middle) * 0.6);
    expect(points(middle)).toBeLessThan(points(full) / 4);
    // Merged in any order with the details, the lines file changes the legs' lines and nothing else.
    const details = mergeDetails(view, files.details);
    expect(mergeLines(details, files.lines).segments.map((f) => f.properties)).toEqual(
      details.segments.map((f) => f.properties),
    );
    expect(view.projects.map((f) => f.geometry)).toEqual(full.projects.map((f) => displayGeometry(f.geometry)));
  });

  it('plan the same routes with the same km as geo/, from the compact network before the full geometry', () => {
    const details = mergeDetails(unpackView(files.view), files.details);
    const compact = mergeNetwork(details, files.network);
    const browser = mergeRouting(compact, files.routing);
    const nets: Network[] = [buildNetwork(full), buildNetwork(compact), buildNetwork(browser)];
    // Every leg: the same length, hours, countries and sea passages as on geo/, though drawn with far fewer points.
    const facts = (net: Network) =>
      net.segments.map((s) => ({ id: s.id, km: s.km, hours: s.hours, countries: s.countries, passages: s.passages }));
    expect(facts(nets[1]!)).toEqual(facts(nets[0]!));
    expect(facts(nets[2]!)).toEqual(facts(nets[0]!));
    expect(nets[1]!.segments.flatMap((s) => s.coordinates.flat()).length).toBeLessThan(
      nets[0]!.segments.flatMap((s) => s.coordinates.flat()).length / 4,
    );
    // The planner's file is small beside the geometry it stands for.
    const bytes = (x: unknown) => JSON.stringify(x).length;
    expect(bytes(files.network)).toBeLessThan(bytes(files.routing) / 20);
    const pairs: RouteQuery[] = [
      { from: 'xian', to: 'duisburg' },
      { from: 'chongqing', to: 'duisburg', via: ['alashankou-dostyk'] },
      { from: 'wuhan-wujiashan', to: 'tashkent', via: ['kashgar', 'irkeshtam'] },
      { from: 'Moscow', to: 'Mumbai', avoid: ['SUEZ'] },
      { from: 'Shanghai port', to: 'Rotterdam', modes: ['sea'] },
    ];
    for (const q of pairs) {
      const [a, ...others] = nets.map((net) => planRoutes(net, { alternatives: 2, ...q }));
      if (!a?.ok) throw new Error(`no route ${q.from} → ${q.to}`);
      for (const b of others) {
        if (!b?.ok) throw new Error(`no route ${q.from} → ${q.to} on the browser's data`);
        expect(
          b.routes.map((r) => [r.id, r.km, r.days.typical, r.countries, r.sailsPast]),
          `${q.from} → ${q.to}`,
        ).toEqual(a.routes.map((r) => [r.id, r.km, r.days.typical, r.countries, r.sailsPast]));
      }
    }
  });
});

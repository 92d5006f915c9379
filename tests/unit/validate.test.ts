// Each rule of `npm run validate`, shown rejecting a broken copy of a small valid dataset, with the exact
// file, record and JSON path an author would read.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/parse';
import { loadGeoDir, loadReference, validateTexts, type GeoTexts } from '../../src/validate/geo-dir';
import { toTexts, validDataset, type RawDataset } from './fixtures/dataset';

const geo = fileURLToPath(new URL('../../geo/', import.meta.url));
const ref = loadReference(geo);

const problemsIn = (texts: GeoTexts) => validateTexts(texts, ref, 2026).issues.map(formatIssue);
/** The problems of a copy of the valid dataset after `breakIt` changed it. */
function problems(breakIt: (ds: RawDataset) => void): string[] {
  const ds = validDataset();
  breakIt(ds);
  return problemsIn(toTexts(ds));
}
type Props = Record<string, unknown>;
const props = (f: { properties: unknown }) => f.properties as Props;
const geometryOf = (f: { geometry: unknown }) => f.geometry as { coordinates: unknown };

describe('npm run validate', () => {
  it('accepts the valid dataset', () => {
    expect(problemsIn(toTexts(validDataset()))).toEqual([]);
  });

  it('names a missing file', () => {
    const texts = toTexts(validDataset());
    delete texts['projects.geojson'];
    expect(problemsIn(texts)).toEqual(['projects.geojson at (root): file is missing']);
  });

  it('reports a schema error with the file, record and JSON path', () => {
    expect(
      problems(
        (ds) =>
          (props(ds.nodes[0]!).sides = [
            { country: 'CHN', gauge: 1000 },
            { country: 'KAZ', gauge: 1520 },
          ]),
      ),
    ).toEqual(['nodes.geojson (khorgos) at features[0].properties.sides[0].gauge: expected one of 1435, 1520, 1676']);
  });

  it('rejects an id used twice, even across files', () => {
    expect(problems((ds) => (props(ds.projects[0]!).id = 'khorgos'))).toEqual([
      'projects.geojson (khorgos) at features[0].properties.id: id "khorgos" is already used by nodes.geojson at features[0].properties.id',
    ]);
  });

  it('rejects a reference to a node that does not exist', () => {
    expect(problems((ds) => (props(ds.segments[0]!).to = 'alma-ata'))).toEqual([
      'segments.geojson (khorgos-almaty) at features[0].properties.to: "alma-ata" is unknown: no node in nodes.geojson has this id',
    ]);
  });

  it('rejects a figure whose source is not in sources.json', () => {
    const figure = {
      label: { zh: '长度', en: 'Length', ru: 'Длина' },
      value: 300,
      unit: 'km',
      asOf: '2025',
      source: 'wiki',
    };
    expect(problems((ds) => (props(ds.segments[0]!).figures = [figure]))).toEqual([
      'segments.geojson (khorgos-almaty) at features[0].properties.figures[0].source: "wiki" is unknown: no source in sources.json has this id',
    ]);
  });

  it('rejects a seed reference to a source that is not a seed article', () => {
    expect(problems((ds) => (props(ds.projects[0]!).seed = ['ne-boundaries']))).toEqual([
      'projects.geojson (khorgos-icbc) at features[0].properties.seed[0]: "ne-boundaries" is unknown: no seed source in sources.json has this id',
    ]);
  });

  it('rejects coordinates with more than 5 decimals', () => {
    expect(problems((ds) => (geometryOf(ds.nodes[1]!).coordinates = [76.945812, 43.2567]))).toEqual([
      'nodes.geojson (almaty) at features[1].geometry.coordinates: 76.945812 has more than 5 decimals',
    ]);
  });

  it('rejects text that is not canonically formatted', () => {
    const texts = toTexts(validDataset());
    texts['sources.json'] = JSON.stringify(JSON.parse(texts['sources.json']!), null, 2) + '\n';
    expect(problemsIn(texts)).toEqual([
      'sources.json at (root): not canonically formatted (first at line 3); run `npm run format:data`',
    ]);
  });

  it('checks story files for canonical formatting', () => {
    const texts = { ...toTexts(validDataset()), 'stories/silk-road.json': '{"scenes": []}\n' };
    expect(problemsIn(texts)).toContain(
      'stories/silk-road.json at (root): not canonically formatted (first at line 1); run `npm run format:data`',
    );
  });

  it('rejects a border crossing 20 km off its border and names the border point to snap to', () => {
    const placeAt = (at: number[]) => (ds: RawDataset) => {
      geometryOf(ds.nodes[0]!).coordinates = at;
      (geometryOf(ds.segments[0]!).coordinates as number[][])[0] = at;
    };
    expect(problems(placeAt([80.1, 44.231]))).toEqual([
      'nodes.geojson (khorgos) at features[0].geometry.coordinates: 21 km from the CHN–KAZ border (limit 5 km); nearest border point [80.35471, 44.18196]',
    ]);
    expect(problems(placeAt([80.35471, 44.18196]))).toEqual([]);
  });

  it('rejects a border crossing without sides', () => {
    expect(problems((ds) => delete props(ds.nodes[0]!).sides)).toEqual([
      'nodes.geojson (khorgos) at features[0].properties.sides: a border crossing lists its two sides: [{country, name, gauge}, {…}]',
    ]);
  });

  it('rejects a seaport far inland', () => {
    expect(problems((ds) => (props(ds.nodes[1]!).kind = 'seaport'))).toEqual([
      'nodes.geojson (almaty) at features[1].geometry.coordinates: seaport is more than 100 km inland (limit 3 km from the coast or a major river)',
    ]);
  });

  it('rejects a ferry leg that crosses land', () => {
    const seaLeg = (ds: RawDataset) => {
      props(ds.segments[0]!).mode = 'ferry';
      delete props(ds.segments[0]!).gauge;
    };
    const found = problems(seaLeg);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^segments\.geojson \(khorgos-almaty\) at features\[0\]\.geometry\.coordinates\[0\]: ferry leg crosses land for \d+ km, up to (more than )?\d+ km from the coast at \(/,
    );
  });

  it('rejects a rail leg through the Caspian Sea', () => {
    const viaCaspian = (ds: RawDataset) =>
      (geometryOf(ds.segments[0]!).coordinates as number[][]).splice(1, 1, [50.5, 42]);
    const found = problems(viaCaspian);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^segments\.geojson \(khorgos-almaty\) at features\[0\]\.geometry\.coordinates\[0\]: rail leg runs in the sea for \d+ km, up to \d+ km from land at \(/,
    );
  });

  it('rejects a record with a name missing', () => {
    expect(problems((ds) => delete (props(ds.nodes[1]!).names as Props).ru)).toEqual([
      'nodes.geojson (almaty) at features[1].properties.names.ru: Invalid input: expected string, received undefined',
    ]);
  });

  it('rejects an English name in the Chinese slot', () => {
    expect(problems((ds) => ((props(ds.nodes[1]!).names as Props).zh = 'Almaty'))).toEqual([
      'nodes.geojson (almaty) at features[1].properties.names.zh: "Almaty" has no Chinese characters',
    ]);
  });

  it('rejects two sources at the same address, however the address is written', () => {
    const article = (id: string, url: string) => ({
      id,
      title: 'Khorgos Gateway',
      publisher: 'Example News',
      date: '2024-05-01',
      language: 'en',
      kind: 'article',
      url,
    });
    expect(
      problems((ds) =>
        ds.sources.push(
          article('news-a', 'https://www.example.com/khorgos/'),
          article('news-b', 'http://example.com/khorgos'),
          article('news-c', 'https://example.com/khorgos?page=2'),
        ),
      ),
    ).toEqual([
      'sources.json (news-b) at sources[4].url: the same address as the source "news-a" (sources[3]); one page is one source: keep one of the two records and point every reference at its id',
    ]);
  });

  it('rejects a page read before it was published or in a year to come', () => {
    expect(
      problems((ds) => {
        Object.assign(ds.sources[1]!, { date: '2017-11', accessed: '2017-10-30' });
        Object.assign(ds.sources[2]!, { date: '2017', accessed: '2027-01-01' });
        const readSameYear = { ...ds.sources[2]!, id: 'ne-read-same-year', date: '2017' };
        ds.sources.push(Object.assign(readSameYear, { accessed: '2017-03-02' }));
      }),
    ).toEqual([
      'sources.json (ne-boundaries) at sources[1].accessed: read on 2017-10-30, before it was published (2017-11)',
      'sources.json (ne-populated-places) at sources[2].accessed: 2027-01-01 is in the future',
    ]);
  });

  it('rejects a record without a source', () => {
    expect(problems((ds) => (ds.corridors[0]!.sources = []))).toEqual([
      'corridors.json (china-europe) at corridors[0].sources: every record names at least one source',
    ]);
  });

  it('rejects a polygon wound clockwise', () => {
    expect(problems((ds) => (geometryOf(ds.projects[0]!).coordinates as number[][][])[0]!.reverse())).toEqual([
      'projects.geojson (khorgos-icbc) at features[0].geometry.coordinates[0]: exterior ring runs clockwise; RFC 7946 wants counter-clockwise',
    ]);
  });

  it('rejects a rail segment without a gauge', () => {
    expect(problems((ds) => delete props(ds.segments[0]!).gauge)).toEqual([
      'segments.geojson (khorgos-almaty) at features[0].properties.gauge: a rail segment has a gauge (1435, 1520 or 1676)',
    ]);
  });

  it('rejects a segment whose end is far from its node', () => {
    expect(problems((ds) => (geometryOf(ds.segments[0]!).coordinates as number[][]).pop())).toEqual([
      'segments.geojson (khorgos-almaty) at features[0].geometry.coordinates[1]: to node almaty is 144 km from the last position (limit 2 km)',
    ]);
  });

  it('says so when a segment is drawn backwards', () => {
    expect(problems((ds) => (geometryOf(ds.segments[0]!).coordinates as number[][]).reverse())).toEqual([
      'segments.geojson (khorgos-almaty) at features[0].geometry.coordinates: runs from almaty to khorgos: reverse it',
    ]);
  });

  it('rejects an operational record whose opening is still planned', () => {
    expect(
      problems(
        (ds) => (
          (ds.corridors[0]!.opened = undefined as unknown as number),
          ((ds.corridors[0] as Props).planned = 2030)
        ),
      ),
    ).toEqual([
      'corridors.json (china-europe) at corridors[0].planned: operational but planned for 2030; give opened, or the status is planned',
    ]);
  });

  it('reports invalid JSON without hiding the other files', () => {
    const texts = toTexts(validDataset());
    texts['corridors.json'] = '{\n  "corridors": [\n}\n';
    const found = problemsIn(texts);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^corridors\.json at \(root\): not valid JSON/);
  });

  it('rejects a repeated position and a longitude past 180 on a rail leg', () => {
    const line = [
      [80.37321, 44.231],
      [80.37321, 44.231],
      [190, 43.9],
      [76.9458, 43.2567],
    ];
    const found = problems((ds) => (geometryOf(ds.segments[0]!).coordinates = line));
    expect(found).toContain(
      'segments.geojson (khorgos-almaty) at features[0].geometry.coordinates[1]: position repeats the one before it',
    );
    expect(found).toContain(
      'segments.geojson (khorgos-almaty) at features[0].geometry.coordinates[2]: longitude 190 is outside -180…180 (only a sea or ferry leg crossing the antimeridian may run past 180)',
    );
  });

  it('accepts a sea leg that runs on past 180 across the antimeridian', () => {
    const ds = validDataset();
    const junction = (id: string, coordinates: number[]) => ({
      type: 'Feature',
      properties: { ...props(ds.nodes[1]!), id, kind: 'junction', modes: ['sea'] },
      geometry: { type: 'Point', coordinates },
    });
    ds.nodes.push(junction('bering-west', [178, 62]), junction('bering-east', [-172, 62]));
    const leg: Props = {
      ...props(ds.segments[0]!),
      id: 'bering-sea',
      mode: 'sea',
      from: 'bering-west',
      to: 'bering-east',
    };
    delete leg.gauge;
    ds.segments.push({
      type: 'Feature',
      properties: leg,
      geometry: {
        type: 'LineString',
        coordinates: [
          [178, 62],
          [188, 62],
        ],
      },
    });
    expect(problemsIn(toTexts(ds))).toEqual([]);
    leg.mode = 'road';
    expect(problemsIn(toTexts(ds))).toContain(
      'segments.geojson (bering-sea) at features[1].geometry.coordinates[1]: longitude 188 is outside -180…180 (only a sea or ferry leg crossing the antimeridian may run past 180)',
    );
  });

  it('rejects a crossing between countries Natural Earth does not border', () => {
    expect(
      problems((ds) => {
        props(ds.nodes[0]!).sides = [
          { country: 'CHN', gauge: 1435 },
          { country: 'UZB', gauge: 1520 },
        ];
        props(ds.nodes[0]!).countries = ['CHN', 'UZB'];
      }),
    ).toEqual([
      'nodes.geojson (khorgos) at features[0].properties.sides: Natural Earth has no land boundary between CHN and UZB',
    ]);
  });

  it('rejects a rail crossing that does not give the gauge of a side', () => {
    expect(
      problems((ds) => (props(ds.nodes[0]!).sides = [{ country: 'CHN', gauge: 1435 }, { country: 'KAZ' }])),
    ).toEqual([
      'nodes.geojson (khorgos) at features[0].properties.sides[1].gauge: a rail crossing gives the gauge on each side',
    ]);
  });

  it('accepts a river seaport and a ferry leg that keeps to the sea, and rejects a straight one across a peninsula', () => {
    const port = (id: string, coordinates: number[]) => ({
      type: 'Feature',
      properties: { ...props(ds.nodes[1]!), id, kind: 'seaport', modes: ['sea', 'rail'] },
      geometry: { type: 'Point', coordinates },
    });
    const ds = validDataset();
    ds.nodes.push(
      port('port-astrakhan', [48.03, 46.35]),
      port('port-aktau', [51.19, 43.62]),
      port('port-alat', [49.42, 39.97]),
    );
    const leg: Props = {
      ...props(ds.segments[0]!),
      id: 'aktau-alat',
      mode: 'ferry',
      from: 'port-aktau',
      to: 'port-alat',
    };
    delete leg.gauge;
    const around = [
      [51.19, 43.62],
      [50.9, 42.5],
      [50.8, 40.4],
      [50.0, 39.85],
      [49.42, 39.97],
    ];
    ds.segments.push({ type: 'Feature', properties: leg, geometry: { type: 'LineString', coordinates: around } });
    expect(problemsIn(toTexts(ds))).toEqual([]);
    ds.segments[1]!.geometry.coordinates = [
      [51.19, 43.62],
      [49.42, 39.97],
    ];
    expect(problemsIn(toTexts(ds))).toEqual([
      'segments.geojson (aktau-alat) at features[1].geometry.coordinates[0]: ferry leg crosses land for 45 km, up to 19 km from the coast at (49.64, 40.43); 2 such stretches',
    ]);
  });

  it('accepts a sea leg through the Suez Canal, a listed waterway, and rejects one across the Sinai desert', () => {
    const port = (id: string, coordinates: number[]) => ({
      type: 'Feature',
      properties: { ...props(ds.nodes[1]!), id, kind: 'seaport', modes: ['sea'] },
      geometry: { type: 'Point', coordinates },
    });
    const ds = validDataset();
    ds.nodes.push(port('port-said', [32.315, 31.23]), port('port-suez', [32.5515, 29.944]));
    const leg: Props = { ...props(ds.segments[0]!), id: 'said-suez', mode: 'sea', from: 'port-said', to: 'port-suez' };
    delete leg.gauge;
    // Natural Earth land fills the canal in; this follows geo/ref/waterways.geojson down the canal.
    const canal = [
      [32.315, 31.23],
      [32.315, 31.125],
      [32.317, 30.85],
      [32.334, 30.657],
      [32.31, 30.575],
      [32.335, 30.5],
      [32.35, 30.42],
      [32.3825, 30.3225],
      [32.56, 30.209],
      [32.5515, 29.944],
    ];
    ds.segments.push({ type: 'Feature', properties: leg, geometry: { type: 'LineString', coordinates: canal } });
    expect(problemsIn(toTexts(ds))).toEqual([]);
    ds.segments[1]!.geometry.coordinates = [
      [32.315, 31.23],
      [33.2, 30.6],
      [32.5515, 29.944],
    ];
    expect(problemsIn(toTexts(ds))).toEqual([
      'segments.geojson (said-suez) at features[1].geometry.coordinates[0]: sea leg crosses land for 197 km, up to 67 km from the coast at (33.05, 30.45)',
    ]);
  });

  it('accepts the real data in geo/', () => {
    // Judged against today's year, as `npm run validate` does.
    expect(validateTexts(loadGeoDir(geo), ref).issues.map(formatIssue)).toEqual([]);
    // The whole of geo/ against Natural Earth takes seconds on a loaded machine: a limit, not a measurement.
  }, 60_000);
});

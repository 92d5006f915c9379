// Data that passes `npm run validate` must not break the app: loops, huge strings, unsafe links and root errors are
// caught by the validator in one line each, with the file and the JSON path.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDataFile } from '../../src/data/format';
import { parseJsonText, formatIssue } from '../../src/data/parse';
import { loadReference, validateTexts, type GeoTexts } from '../../src/validate/geo-dir';
import { toTexts, validDataset, type RawDataset } from './fixtures/dataset';

const geo = fileURLToPath(new URL('../../geo/', import.meta.url));
const ref = loadReference(geo);
const problemsIn = (texts: GeoTexts) => validateTexts(texts, ref, 2026).issues.map(formatIssue);
function problems(breakIt: (ds: RawDataset) => void, extra: GeoTexts = {}): string[] {
  const ds = validDataset();
  breakIt(ds);
  return problemsIn({ ...toTexts(ds), ...extra });
}
type Props = Record<string, unknown>;
const props = (f: { properties: unknown }) => f.properties as Props;
const text = (s: string) => ({ zh: s, en: s, ru: s });

/** A story naming the fixture's crossing and source, as an author would write it. */
const story = formatDataFile({
  id: 'crossing',
  title: text('Khorgos'),
  summary: text('The crossing.'),
  scenes: [
    {
      id: 'one',
      camera: { fit: ['khorgos'] },
      highlight: ['khorgos'],
      selection: 'khorgos',
      caption: text('The crossing.'),
      notes: text('Notes.'),
      sources: ['seed-000'],
    },
  ],
});

describe('loops the schema cannot see', () => {
  it('rejects two projects that improve each other, in one line naming the loop', () => {
    expect(
      problems((ds) => {
        const first = structuredClone(ds.projects[0]!);
        props(first).id = 'khorgos-icbc-2';
        props(first).improves = ['khorgos-icbc'];
        props(ds.projects[0]!).improves = ['khorgos-icbc-2'];
        ds.projects.push(first);
      }),
    ).toEqual([
      'projects.geojson (khorgos-icbc) at features[0].properties.improves[0]: improves links form a loop: khorgos-icbc → khorgos-icbc-2 → khorgos-icbc; one of them must point elsewhere',
    ]);
  });

  it('rejects corridors that are each other’s parent', () => {
    expect(
      problems((ds) => {
        const other = { ...structuredClone(ds.corridors[0]!), id: 'china-europe-north', parent: 'china-europe' };
        (ds.corridors[0] as Props).parent = 'china-europe-north';
        ds.corridors.push(other);
      }),
    ).toEqual([
      'corridors.json (china-europe) at corridors[0].parent: parent links form a loop: china-europe → china-europe-north → china-europe; one of them must point elsewhere',
    ]);
  });
});

describe('strings and links', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'https://user:pw@example.org/'])(
    'refuses a source url %s',
    (url) => {
      expect(problems((ds) => ((ds.sources[0] as Props).url = url))).toEqual([
        'sources.json (seed-000) at sources[0].url: a source url must be an absolute https:// (or http://) address',
      ]);
    },
  );

  it('accepts an https source url, and http where a source has nothing better', () => {
    expect(problems((ds) => ((ds.sources[0] as Props).url = 'https://en.wikipedia.org/wiki/Aktau_(city)'))).toEqual([]);
    expect(problems((ds) => ((ds.sources[0] as Props).url = 'http://www.example.org/report.pdf'))).toEqual([]);
  });

  it('caps the length of names and notes', () => {
    expect(problems((ds) => ((ds.sources[0] as Props).title = 'x'.repeat(5000)))).toEqual([
      'sources.json (seed-000) at sources[0].title: Too big: expected string to have <=1000 characters',
    ]);
  });
});

describe('one root error, one line', () => {
  it('reports a file that is not JSON once, not as every reference into it', () => {
    const texts = toTexts(validDataset());
    texts['sources.json'] = texts['sources.json']!.replace('"seed-000"', 'NaN');
    expect(problemsIn({ ...texts, 'stories/crossing.json': story })).toEqual([
      "sources.json at (root): not valid JSON (line 3, column 13): Unexpected token 'N'",
    ]);
  });

  it('reports a record that fails the schema once, not again in every story that names it', () => {
    expect(
      problems((ds) => (props(ds.nodes[0]!).kind = 'bridge'), { 'stories/crossing.json': story }).filter(
        (p) => !p.includes('properties.kind'),
      ),
    ).toEqual([]);
  });

  it('locates a literal NaN by line and column', () => {
    const result = parseJsonText('nodes.geojson', '{\n  "features": [\n    { "x": NaN }\n  ]\n}');
    expect(result.ok ? '' : formatIssue(result.issue)).toBe(
      "nodes.geojson at (root): not valid JSON (line 3, column 12): Unexpected token 'N'",
    );
  });
});

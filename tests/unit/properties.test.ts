// Property-based tests (fast-check): inputs no author or reader would type, by the thousand. Each property runs a
// fixed number of cases (RUNS) with a seed fast-check prints on failure, so any counterexample can be replayed.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset } from '../../src/data/load-node';
import { safeUrl } from '../../src/data/safe-url';
import { loadReference, validateTexts } from '../../src/validate/geo-dir';
import { buildNetwork, planRoutes, type Network, type RouteQuery } from '../../src/routing';
import { parseInline, parseMarkdown, type Inline } from '../../src/story/markdown';
import { toTexts, validDataset } from './fixtures/dataset';

/** Cases per property; the report counts them (RUNS.url + RUNS.markdown + RUNS.data + RUNS.plan). */
export const RUNS = { url: 2000, markdown: 1000, data: 150, plan: 1000 };

/** Strings that look like addresses often enough to reach the interesting branches. */
const addressLike = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom(
        'https://',
        'http://',
        'HTTPS://',
        'javascript:',
        'data:',
        'file://',
        ' https://',
        '//',
        'ftp://',
      ),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    )
    .map(([a, b]) => a + b),
);

describe('any string as a URL', () => {
  it(`never throws, keeps only http(s), and round-trips what it keeps (${RUNS.url} cases)`, () => {
    fc.assert(
      fc.property(addressLike, fc.boolean(), (text, allowHttp) => {
        const kept = safeUrl(text, allowHttp);
        if (kept === null) return;
        expect(kept).toMatch(allowHttp ? /^https?:\/\// : /^https:\/\//);
        expect(safeUrl(kept, allowHttp)).toBe(kept);
        expect(new URL(kept).href).toBe(kept);
      }),
      { numRuns: RUNS.url },
    );
  });
});

describe('any caption as Markdown', () => {
  const links = (nodes: Inline[]): string[] =>
    nodes.flatMap((n) =>
      n.kind === 'link' ? [n.href, ...links(n.children)] : n.kind === 'text' ? [] : links(n.children),
    );
  it(`parses without throwing and links only https (${RUNS.markdown} cases)`, () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(
        '*',
        '**',
        '[',
        ']',
        '(',
        ')',
        '\\',
        'a',
        ' ',
        '\n',
        '\n\n',
        '- ',
        '1. ',
        'https://x.org',
        'javascript:',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ maxLength: 60 })), (source) => {
        parseMarkdown(source);
        for (const href of links(parseInline(source))) expect(href).toMatch(/^https:\/\//);
      }),
      { numRuns: RUNS.markdown },
    );
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A change an author's slip could make: a value replaced, a key dropped, a list item copied or removed. */
interface Mutation {
  file: 0 | 1 | 2 | 3 | 4;
  /** Picks the place in the file: the n-th container met in a walk, modulo their count. */
  at: number;
  kind: 'replace' | 'drop' | 'copy' | 'remove';
  key: number;
  value: Json;
}

function containers(root: Json): (Json[] | { [key: string]: Json })[] {
  const out: (Json[] | { [key: string]: Json })[] = [];
  const walk = (v: Json) => {
    if (v && typeof v === 'object') {
      out.push(v);
      (Array.isArray(v) ? v : Object.values(v)).forEach(walk);
    }
  };
  walk(root);
  return out;
}

function mutate(root: Json, m: Mutation): void {
  const all = containers(root);
  const target = all[m.at % all.length]!;
  if (Array.isArray(target)) {
    if (!target.length) return void target.push(m.value);
    const i = m.key % target.length;
    if (m.kind === 'remove' || m.kind === 'drop') target.splice(i, 1);
    else if (m.kind === 'copy') target.push(structuredClone(target[i]!));
    else target[i] = m.value;
    return;
  }
  const keys = Object.keys(target);
  if (!keys.length) return;
  const key = keys[m.key % keys.length]!;
  if (m.kind === 'drop' || m.kind === 'remove') delete target[key];
  else if (m.kind === 'copy') target[`${key}_copy`] = structuredClone(target[key]!);
  else target[key] = m.value;
}

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1e308, 'khorgos', 'china-europe', 'seed-000', '', 'NaN', [], {}),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);
const mutation: fc.Arbitrary<Mutation> = fc.record({
  file: fc.constantFrom(0, 1, 2, 3, 4),
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'drop', 'copy', 'remove'),
  key: fc.nat(),
  value: jsonValue,
});

describe('random mutations of valid data', () => {
  const ref = loadReference(fileURLToPath(new URL('../../geo/', import.meta.url)));
  const FILES = ['sources', 'corridors', 'nodes', 'segments', 'projects'] as const;
  it(`validate, or fail with a file and a path, never throw (${RUNS.data} cases)`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const ds = validDataset() as unknown as Record<(typeof FILES)[number], Json>;
        for (const m of mutations) mutate(ds[FILES[m.file]], m);
        const { issues } = validateTexts(toTexts(ds as never), ref, 2026);
        for (const issue of issues) {
          expect(issue.file).toMatch(/\.(json|geojson)$/);
          expect(typeof issue.path).toBe('string');
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS.data },
    );
  }, 120_000);
});

describe('random plans on the real network', () => {
  let net: Network;
  let places: string[];
  beforeAll(() => {
    const loaded = loadGeoDataset('geo');
    if (!loaded.ok) throw new Error(loaded.message);
    net = buildNetwork(loaded.data);
    places = net.nodes.map((n) => n.id);
  });
  it(`never crash the planner: a route or a reason (${RUNS.plan} cases)`, () => {
    const place = () => fc.oneof(fc.constantFrom(...places), fc.string({ maxLength: 12 }), fc.constant(''));
    const query: fc.Arbitrary<RouteQuery> = fc.record(
      {
        from: place(),
        to: place(),
        via: fc.array(place(), { maxLength: 4 }),
        by: fc.constantFrom('time', 'distance', 'co2', 'cost', 'nonsense') as fc.Arbitrary<RouteQuery['by']>,
        modes: fc.array(fc.constantFrom('rail', 'road', 'sea', 'ferry', 'air'), { maxLength: 5 }) as fc.Arbitrary<
          RouteQuery['modes']
        >,
        avoid: fc.array(fc.constantFrom('KAZ', 'RUS', 'CHN', 'IRN', 'TUR', 'XXX', ''), { maxLength: 4 }),
        includePlanned: fc.boolean(),
        month: fc.oneof(fc.integer({ min: -2, max: 14 }), fc.double()),
        alternatives: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constant(1e9)),
      },
      { requiredKeys: ['from', 'to'] },
    );
    fc.assert(
      fc.property(query, (q) => {
        const result = planRoutes(net, q);
        if (result.ok) expect(result.routes.length).toBeGreaterThan(0);
        else expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS.plan },
    );
  }, 120_000);
});

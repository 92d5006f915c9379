import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRouteArgs } from '../../src/routing/cli';
import { fixtureDataset } from './routing-fixture';

describe('route command options', () => {
  it('reads places, lists and flags into a route question', () => {
    const p = parseRouteArgs([
      '--from',
      "Xi'an",
      '--to=Duisburg',
      '--via',
      'almaty,astana',
      '--avoid',
      'RUS',
      '--avoid',
      'BLR',
      '--include-planned',
      '--by',
      'distance',
      '--month',
      '8',
      '--modes',
      'rail,road',
      '--json',
    ]);
    expect(p).toEqual({
      ok: true,
      args: {
        query: {
          from: "Xi'an",
          to: 'Duisburg',
          via: ['almaty', 'astana'],
          avoid: ['RUS', 'BLR'],
          by: 'distance',
          modes: ['rail', 'road'],
          includePlanned: true,
          month: 8,
          alternatives: undefined,
          service: 'block',
        },
        json: true,
        export: undefined,
        dataDir: 'geo',
      },
    });
  });

  it('refuses unknown options, missing values and malformed numbers with a message', () => {
    expect(parseRouteArgs(['--from', 'a'])).toEqual({ ok: false, message: 'both --from and --to are needed' });
    expect(parseRouteArgs(['--from', 'a', '--to', 'b', '--fast'])).toEqual({
      ok: false,
      message: 'unknown option --fast',
    });
    expect(parseRouteArgs(['--from', '--to', 'b'])).toEqual({ ok: false, message: '--from needs a value' });
    expect(parseRouteArgs(['--from', 'a', '--to', 'b', '--month', 'May'])).toMatchObject({ ok: false });
    expect(parseRouteArgs(['--from', 'a', '--to', 'b', '--modes', 'air'])).toMatchObject({ ok: false });
    expect(parseRouteArgs(['--from', 'a', '--to', 'b', '--by', 'cost'])).toMatchObject({ ok: false });
    expect(parseRouteArgs(['--from', 'a', '--to', 'b', '--service', 'fast'])).toEqual({
      ok: false,
      message: '--service is express, block, regular, not "fast"',
    });
  });

  it('takes the service class, the scheduled block train when none is named', () => {
    const p = parseRouteArgs(['--from', 'a', '--to', 'b', '--service', 'express']);
    expect(p.ok && p.args.query.service).toBe('express');
    const q = parseRouteArgs(['--from', 'a', '--to', 'b']);
    expect(q.ok && q.args.query.service).toBe('block');
  });
});

describe('npm run route on a data folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'route-'));
    const ds = fixtureDataset();
    const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
    writeFileSync(join(dir, 'nodes.geojson'), JSON.stringify(fc(ds.nodes)));
    writeFileSync(join(dir, 'segments.geojson'), JSON.stringify(fc(ds.segments)));
    writeFileSync(join(dir, 'corridors.json'), JSON.stringify({ corridors: ds.corridors }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    try {
      const stdout = execFileSync('npx', ['tsx', 'scripts/route.ts', '--data', dir, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, stdout, stderr: '' };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it('prints a table and exits 0 for a route, the same answer as JSON with --json', () => {
    const table = run('--from', 'xian', '--to', 'Almaty', '--modes', 'rail');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /^Xi'an → Almaty · fastest · operational network · modes rail · scheduled block train/,
    );
    expect(table.stdout).toMatch(/Khorgos: gauge change 1435 → 1520 mm/);
    const json = run('--from', 'xian', '--to', 'Almaty', '--modes', 'rail', '--json');
    const plan = JSON.parse(json.stdout);
    expect(plan.ok).toBe(true);
    expect(plan.routes[0].crossings).toEqual(['khorgos']);
  }, 30_000);

  it('exits 0 with the reason when there is no route, and 2 with a message for a wrong question', () => {
    const none = run('--from', 'xian', '--to', 'duisburg', '--avoid', 'RUS,AZE');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('every route crosses an avoided country (RUS or AZE)');
    const unknown = run('--from', 'Atlantis', '--to', 'xian');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('origin: no place called "Atlantis"');
    const bad = run('--from', 'xian');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('both --from and --to are needed');
  }, 30_000);
});

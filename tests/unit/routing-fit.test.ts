// The fitted parameters are fitted over groups of journeys that mean something, never to one journey: each group
// has at least two fitted journeys and no held-out one, a dwell is fitted only over scheduled block trains, every parameter whose basis says it was fitted is one of
// the fit's targets, and each fitted typical value is the best of its neighbours for its group (to within the
// rounding of the fit's search).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoDataset, ROUTING_FILES } from '../../src/data/load-node';
import { buildNetwork, type Network } from '../../src/routing';
import { FIT_TARGETS, fitGroups, groupError, withTypical } from '../../src/routing/calibration/fit';
import { journeyService, parseJourneys, type Journey } from '../../src/routing/calibration/journeys';
import { DEFAULT_PARAMS } from '../../src/routing/params';
import type { NetworkInput } from '../../src/routing/network';

const FILE = 'src/routing/calibration/journeys.json';
const parsed = parseJourneys(FILE, JSON.parse(readFileSync(FILE, 'utf8')));
if (!parsed.ok) throw new Error(parsed.message);
const journeys: Journey[] = parsed.journeys;

let data: NetworkInput;
let net: Network;
let groups: Map<string, Journey[]>;
beforeAll(() => {
  const loaded = loadGeoDataset('geo', ROUTING_FILES);
  if (!loaded.ok) throw new Error(loaded.message);
  data = loaded.data;
  net = buildNetwork(data);
  groups = fitGroups(net, journeys);
});

describe('fitted parameters', () => {
  it.each(FIT_TARGETS.map((t) => t.id))('%s is fitted over two or more fitted journeys, none held out', (id) => {
    const group = groups.get(id)!;
    expect(group.length).toBeGreaterThanOrEqual(2);
    expect(group.filter((j) => j.heldOut).map((j) => j.id)).toEqual([]);
  });

  it('fits no dwell over an express run or a regular service, whose waits do not follow the typical', () => {
    const dwell = FIT_TARGETS.filter((t) => !t.id.startsWith('railRegions.'));
    const express = journeys.filter((j) => !j.heldOut && journeyService(j) === 'express');
    expect(express.length).toBeGreaterThan(0);
    for (const t of dwell)
      for (const j of groups.get(t.id)!) expect(journeyService(j), `${t.id}: ${j.id}`).toBe('block');
  });

  it('every parameter whose basis says it was fitted is a target of the fit', () => {
    const p = DEFAULT_PARAMS;
    const claimed = [
      ...p.railRegions.map((r) => [`railRegions.${r.id}.speed`, r.speed.basis] as const),
      ...Object.entries(p.dwell).map(([k, d]) => [`dwell.${k}`, d.basis] as const),
      ...Object.entries(p.crossingDwell).map(([k, d]) => [`crossingDwell.${k}`, d.basis] as const),
      ...Object.entries(p.speed).flatMap(([k, s]) =>
        'basis' in s
          ? [[`speed.${k}`, s.basis] as const]
          : Object.values(s).map((g) => [`speed.${k}`, g.basis] as const),
      ),
    ]
      .filter(([, basis]) => /fitted/i.test(basis))
      .map(([id]) => id);
    expect(claimed.sort()).toEqual(FIT_TARGETS.map((t) => t.id).sort());
  });

  it.each(FIT_TARGETS.map((t) => t.id))('%s: its typical fits its group at least as well as 10% either side', (id) => {
    const t = FIT_TARGETS.find((x) => x.id === id)!;
    const group = groups.get(id)!;
    const r = t.range(DEFAULT_PARAMS);
    const at = groupError(net, group);
    for (const x of [Math.max(r.min, r.typical * 0.9), Math.min(r.max, r.typical * 1.1)]) {
      if (x === r.typical) continue;
      const other = groupError(buildNetwork(data, withTypical(DEFAULT_PARAMS, t, x)), group);
      expect(at, `${id} at ${r.typical} against ${x.toFixed(2)}`).toBeLessThanOrEqual(other + 1e-3);
    }
  });
});

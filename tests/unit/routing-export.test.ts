import { EXPORT_LICENCE } from '../../src/data/licence';
import { describe, expect, it } from 'vitest';
import { buildNetwork, planRoutes, routeToCSV, routeToGeoJSON, type Route } from '../../src/routing';
import { csvField } from '../../src/routing/export';
import { fixtureDataset } from './routing-fixture';
import { readCsv } from '../csv';

const net = buildNetwork(fixtureDataset());

function route(from: string, to: string): Route {
  const plan = planRoutes(net, { from, to, alternatives: 0 });
  if (!plan.ok) throw new Error(plan.reason);
  return plan.routes[0]!;
}

describe('route export', () => {
  it('writes one CSV row per leg under a header, quoting a name with a comma', () => {
    const r = route('kars', 'duisburg');
    const rows = readCsv(routeToCSV(r, net));
    expect(rows[0]!.slice(0, 4)).toEqual(['leg', 'segment', 'mode', 'gauge']);
    expect(rows).toHaveLength(r.legs.length + 1);
    expect(rows[1]).toEqual([
      '1',
      'kars-istanbul',
      'rail',
      '1435',
      'kars',
      'Kars',
      'istanbul',
      'Istanbul, Halkalı',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      'operational',
      'middle-corridor',
      'TUR',
      '',
      'fixture',
      'forbes-2017-cargo-trains;portnews-2013-transsib-7-days',
      EXPORT_LICENCE,
    ]);
    expect(routeToCSV(r, net)).toContain('"Istanbul, Halkalı"');
  });

  it('quotes fields with quotes, commas, line breaks or edge spaces and leaves others bare', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(undefined)).toBe('');
  });

  it('writes GeoJSON with one line per leg drawn in travel order and a point per transfer or border', () => {
    const r = route('almaty', 'xian');
    const fc = routeToGeoJSON(r, net);
    const legs = fc.features.filter((f) => f.properties?.role === 'leg');
    const points = fc.features.filter((f) => f.geometry.type === 'Point');
    expect(legs).toHaveLength(r.legs.length);
    expect(points).toHaveLength(r.transfers.length);
    const first = legs[0]!.geometry;
    const almaty = net.nodes[net.nodeIndex.get('almaty')!]!.coord;
    expect(first.type === 'LineString' && first.coordinates[0]).toEqual(almaty);
    expect(legs[0]!.properties).toMatchObject({
      leg: 1,
      segment: r.legs[0]!.segment,
      from: 'almaty',
      mode: r.legs[0]!.mode,
    });
  });
});

// How a traced leg is labelled: by the drawn line it runs on. A road drawn through named points is "digitised",
// never "traced", and a schematic line keeps the whole leg schematic.
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { drawnFromCollection, type DrawnLineProps } from '../../scripts/trace/networks';
import { LineGraph } from '../../scripts/trace/graph';
import { traceSegment, type TraceContext } from '../../scripts/trace/trace-segment';
import type { SegmentDefinition } from '../../scripts/trace/definition';

const A: [number, number] = [73.9, 39.68];
const B: [number, number] = [73.25, 39.73];
const C: [number, number] = [72.79, 40.54];

function context(precision: DrawnLineProps['precision']): TraceContext {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'road-a-c', network: 'road', sources: ['wiki-a'], precision },
        geometry: { type: 'LineString', coordinates: [A, B, C] },
      },
    ],
  };
  const drawn = drawnFromCollection(fc, 'test.geojson');
  const road = LineGraph.build([...drawn.values()].flatMap((d) => d.lines));
  const empty = LineGraph.build([]);
  return {
    nodes: new Map([
      ['a', A],
      ['c', C],
    ]),
    networks: { rail: empty, sea: empty, ferry: empty, road },
    drawn,
  };
}

const leg: SegmentDefinition = {
  from: 'a',
  to: 'c',
  mode: 'road',
  status: 'operational',
  corridors: ['x'],
  sources: ['s'],
};

describe('the precision of a leg traced on a drawn road', () => {
  it('is digitised on a line drawn through named points, with the line as its geometry source', () => {
    const t = traceSegment(leg, context('digitised'));
    expect(t.precision).toBe('digitised');
    expect(t.geometrySource).toBe('wiki-a');
  });

  it('stays schematic on a schematic line and traced on a traced one', () => {
    expect(traceSegment(leg, context('schematic')).precision).toBe('schematic');
    expect(traceSegment(leg, context('traced')).precision).toBe('traced');
  });
});

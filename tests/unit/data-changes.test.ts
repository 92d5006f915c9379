// A filter click hands MapLibre the changed data alone: what dataChanges and featureDiff report as the change.
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { dataChanges, featureDiff, type Overlay } from '../../src/map/style';

const point = (id: number): Feature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [id, 0] },
  properties: {},
});
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const layer: LayerSpecification = { id: 'dots', type: 'circle', source: 'points' };
const overlay = (data: FeatureCollection, layers = [layer], cluster = true): Overlay => ({
  sources: { points: { type: 'geojson', data, cluster } },
  layers,
});

describe('data changes', () => {
  const [a, b, c] = [point(1), point(2), point(3)];

  it('lists the features removed and added, compared as objects', () => {
    expect(featureDiff(fc([a, b]), fc([b, c]))).toEqual({ remove: [1], add: [c] });
    expect(featureDiff(fc([a, b]), fc([a, b]))).toEqual({ remove: [], add: [] });
  });

  it('gives no diff when a feature has no id, so the whole data is sent', () => {
    const anonymous: Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} };
    expect(featureDiff(fc([a]), fc([a, anonymous]))).toBeNull();
  });

  it('sends the data alone when the layers are the same objects and the source options did not change', () => {
    const before = overlay(fc([a, b]));
    const after = overlay(fc([b]));
    expect(dataChanges(before, after)).toEqual([
      { id: 'points', data: after.sources.points && fc([b]), diff: { remove: [1], add: [] } },
    ]);
  });

  it('asks for the full style diff when a layer or a source option changed', () => {
    const data = fc([a]);
    expect(dataChanges(overlay(data), overlay(fc([b]), [{ ...layer }]))).toBeNull();
    expect(dataChanges(overlay(data), overlay(fc([b]), [layer], false))).toBeNull();
  });
});

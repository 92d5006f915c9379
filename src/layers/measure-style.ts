// The measure tool on the map: the clicked points, the great-circle line between them, and the path along the
// network when there is one, above everything else.
import type { GeoJSONSourceSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Position } from 'geojson';

export const MEASURE_SOURCE = 'atlas-measure';
const INK = '#1d2733';
const PATH = '#e8590c';

export interface MeasureOverlay {
  sources: Record<string, GeoJSONSourceSpecification>;
  layers: LayerSpecification[];
}

/** `crow` is the great-circle line (a list of positions), `path` the network path's lines, `points` the clicks. */
export function measureOverlay(points: Position[], crow: Position[] | null, path: Position[][]): MeasureOverlay {
  const features: Feature[] = [
    ...points.map((p): Feature => ({
      type: 'Feature',
      properties: { part: 'point' },
      geometry: { type: 'Point', coordinates: p },
    })),
    ...(crow
      ? [
          {
            type: 'Feature',
            properties: { part: 'crow' },
            geometry: { type: 'LineString', coordinates: crow },
          } as Feature,
        ]
      : []),
    ...path.map((line): Feature => ({
      type: 'Feature',
      properties: { part: 'path' },
      geometry: { type: 'LineString', coordinates: line },
    })),
  ];
  return {
    sources: { [MEASURE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features } } },
    layers: [
      {
        id: 'atlas-measure-path',
        type: 'line',
        source: MEASURE_SOURCE,
        filter: ['==', ['get', 'part'], 'path'],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': PATH, 'line-width': 5, 'line-opacity': 0.85 },
      },
      {
        id: 'atlas-measure-crow',
        type: 'line',
        source: MEASURE_SOURCE,
        filter: ['==', ['get', 'part'], 'crow'],
        paint: { 'line-color': INK, 'line-width': 2, 'line-dasharray': [2, 2] },
      },
      {
        id: 'atlas-measure-points',
        type: 'circle',
        source: MEASURE_SOURCE,
        filter: ['==', ['get', 'part'], 'point'],
        paint: {
          'circle-radius': 6,
          'circle-color': '#ffffff',
          'circle-stroke-color': INK,
          'circle-stroke-width': 2.5,
        },
      },
    ],
  };
}

export function withMeasureLayers<S>(
  base: { sources: Record<string, S>; layers: LayerSpecification[] },
  m: MeasureOverlay | null,
): { sources: Record<string, S | GeoJSONSourceSpecification>; layers: LayerSpecification[] } {
  if (!m) return base;
  return { sources: { ...base.sources, ...m.sources }, layers: [...base.layers, ...m.layers] };
}

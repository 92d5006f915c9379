// The offline basemap as MapLibre style values: one vector source over the committed tiles and the
// layers that draw it, as pure functions of (theme, language).
import type {
  ExpressionSpecification,
  LayerSpecification,
  VectorSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../data/schema';
import { basemapLabelLayers } from './basemap-labels';
import { BASEMAP_BOUNDS, BASEMAP_MAXZOOM, BASEMAP_MINZOOM, BERING_BOUNDS } from './basemap-tiles';
import type { Theme } from './theme';

export { BASEMAP_BOUNDS, BASEMAP_MAXZOOM, BASEMAP_MINZOOM } from './basemap-tiles';
export { BASEMAP_FIRST_LABEL_LAYER } from './basemap-labels';

/** The source id the layers refer to. */
export const BASEMAP_SOURCE = 'basemap';
/** The same tiles east of 180°: MapLibre clamps one source's bounds to ±180°, so the Bering box is its own. */
export const BERING_SOURCE = 'basemap-bering';

/** A plain link: attribution text is not a request, so the map stays same-origin. */
export const BASEMAP_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** `tilesUrl` is an absolute URL template ending in {z}/{x}/{y}.pbf. */
export function basemapSource(tilesUrl: string): VectorSourceSpecification {
  return {
    type: 'vector',
    tiles: [tilesUrl],
    bounds: BASEMAP_BOUNDS,
    minzoom: BASEMAP_MINZOOM,
    maxzoom: BASEMAP_MAXZOOM,
    attribution: BASEMAP_ATTRIBUTION,
  };
}

/** The Bering box of the same tile tree: Chukotka east of 180°, where the Northern Sea Route turns south. */
export function beringSource(tilesUrl: string): VectorSourceSpecification {
  return { ...basemapSource(tilesUrl), bounds: BERING_BOUNDS, attribution: undefined };
}

/** Zoom-interpolated value: pairs of [zoom, value]. */
export function byZoom(...stops: [number, number][]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;
}

const src = { source: BASEMAP_SOURCE } as const;

/** Land, tints, coast, lakes and rivers of one source; `suffix` keeps the Bering copies' ids apart. */
function physicalLayers(theme: Theme, source: string, suffix = ''): LayerSpecification[] {
  const src = { source } as const;
  const tint = ['match', ['get', 'mapcolor7'], 1, theme.countryTints[0], 2, theme.countryTints[1]];
  for (let i = 3; i <= 7; i++) tint.push(i, theme.countryTints[i - 1]!);
  tint.push(theme.land);
  const layers: LayerSpecification[] = [
    { id: 'basemap-land', type: 'fill', ...src, 'source-layer': 'land', paint: { 'fill-color': theme.land } },
    {
      id: 'basemap-country-tint',
      type: 'fill',
      ...src,
      'source-layer': 'countries',
      paint: { 'fill-color': tint as ExpressionSpecification, 'fill-opacity': byZoom([3, 1], [6, 0]) },
    },
    {
      id: 'basemap-coast',
      type: 'line',
      ...src,
      'source-layer': 'land',
      paint: { 'line-color': theme.coast, 'line-width': byZoom([0, 0.3], [6, 0.8]) },
    },
    {
      id: 'basemap-lakes',
      type: 'fill',
      ...src,
      'source-layer': 'lakes',
      paint: { 'fill-color': theme.water, 'fill-outline-color': theme.lakeOutline },
    },
    {
      id: 'basemap-rivers',
      type: 'line',
      ...src,
      'source-layer': 'rivers',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.river,
        'line-width': byZoom([2, 0.4], [5, 0.8], [8, 1.6]),
      },
    },
  ];
  return layers.map((l) => ({ ...l, id: `${l.id}${suffix}` }) as LayerSpecification);
}

/** The Bering box's physical layers, drawn from BERING_SOURCE just above the main ones. */
export function beringLayers(theme: Theme): LayerSpecification[] {
  return physicalLayers(theme, BERING_SOURCE, '-bering');
}

function shapeLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: 'basemap-water', type: 'background', paint: { 'background-color': theme.water } },
    ...physicalLayers(theme, BASEMAP_SOURCE),
    {
      id: 'basemap-railways',
      type: 'line',
      ...src,
      'source-layer': 'railways',
      filter: ['!', ['get', 'ferry']],
      paint: { 'line-color': theme.railway, 'line-width': byZoom([4, 0.5], [7, 1], [10, 1.6]) },
    },
    {
      id: 'basemap-railway-ferries',
      type: 'line',
      ...src,
      'source-layer': 'railways',
      filter: ['get', 'ferry'],
      paint: { 'line-color': theme.railway, 'line-width': 0.8, 'line-dasharray': [2, 3] },
    },
    {
      id: 'basemap-boundary-casing',
      type: 'line',
      ...src,
      'source-layer': 'boundaries',
      filter: ['!', ['get', 'disputed']],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.boundaryCasing, 'line-width': byZoom([2, 1.5], [7, 4]) },
    },
    {
      id: 'basemap-boundaries',
      type: 'line',
      ...src,
      'source-layer': 'boundaries',
      filter: ['!', ['get', 'disputed']],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.boundary, 'line-width': byZoom([0, 0.5], [4, 0.9], [7, 1.5]) },
    },
    {
      id: 'basemap-boundaries-disputed',
      type: 'line',
      ...src,
      'source-layer': 'boundaries',
      filter: ['get', 'disputed'],
      paint: {
        'line-color': theme.disputed,
        'line-width': byZoom([2, 0.8], [7, 1.4]),
        'line-dasharray': [3, 2],
      },
    },
  ];
}

export function basemapLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [...shapeLayers(theme), ...basemapLabelLayers(theme, lang)];
}

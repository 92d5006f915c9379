// The planned route on the map: a dark casing wide enough to stand out over every corridor colour, the legs in
// bright colours by carrier (the strip diagram in the Route tab uses the same colours), legs not yet open dashed,
// and markers where the container changes gauge, crosses a border or is transshipped, and at the stops.
// Pure functions of the route's features; the lines go above the corridors and under the places, the markers on top.
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Carrier, TransferKind } from '../routing/types';
import { overZoom } from './overlay-common';
import { PLACE_LAYERS } from './place-style';

export const ROUTE_SOURCE = 'route';

export const ROUTE_LAYERS = {
  casing: 'route-casing',
  legs: 'route-legs',
  transfers: 'route-transfers',
  stops: 'route-stops',
} as const;

export interface RouteTheme {
  casing: string;
  carriers: Record<Carrier, string>;
  transfers: Record<TransferKind, string>;
  stopFill: string;
  markerStroke: string;
}

export const routeTheme: RouteTheme = {
  casing: '#14213d',
  carriers: {
    'rail-1435': '#ffd23f',
    'rail-1520': '#ff7a1a',
    'rail-1676': '#ff5c8a',
    road: '#7ee081',
    ferry: '#4dd0e1',
    sea: '#9cc2ff',
  },
  transfers: { gauge_change: '#8e24aa', border: '#d32f2f', transshipment: '#00897b' },
  stopFill: '#ffffff',
  markerStroke: '#ffffff',
};

/** Where the features of a route come from: legs carry mode, gauge and status; points carry their role. */
export type RouteRole = 'leg' | TransferKind | 'origin' | 'via' | 'destination';

/** The carrier of a leg feature: rail with its gauge, or the mode. */
function carrierColour(t: RouteTheme): ExpressionSpecification {
  const rail: ExpressionSpecification = [
    'match',
    ['to-string', ['get', 'gauge']],
    '1520',
    t.carriers['rail-1520'],
    '1676',
    t.carriers['rail-1676'],
    t.carriers['rail-1435'],
  ];
  return [
    'match',
    ['get', 'mode'],
    'rail',
    rail,
    'road',
    t.carriers.road,
    'ferry',
    t.carriers.ferry,
    'sea',
    t.carriers.sea,
    t.carriers['rail-1435'],
  ];
}

const isLeg: ExpressionSpecification = ['==', ['get', 'role'], 'leg'];
const isTransfer: ExpressionSpecification = [
  'in',
  ['get', 'role'],
  ['literal', ['gauge_change', 'border', 'transshipment']],
];
const isStop: ExpressionSpecification = ['in', ['get', 'role'], ['literal', ['origin', 'via', 'destination']]];

export function routeLineLayers(t: RouteTheme = routeTheme): LineLayerSpecification[] {
  const join = { 'line-join': 'round', 'line-cap': 'round' } as const;
  return [
    {
      id: ROUTE_LAYERS.casing,
      type: 'line',
      source: ROUTE_SOURCE,
      filter: isLeg,
      layout: join,
      paint: {
        'line-color': t.casing,
        'line-width': overZoom([
          [3, 7],
          [6, 11],
          [9, 16],
        ]),
        'line-opacity': 0.85,
      },
    },
    {
      id: ROUTE_LAYERS.legs,
      type: 'line',
      source: ROUTE_SOURCE,
      filter: isLeg,
      layout: join,
      paint: {
        'line-color': carrierColour(t),
        'line-width': overZoom([
          [3, 2.6],
          [6, 4.5],
          [9, 7],
        ]),
        // A leg the route needs but that is not open yet (the planned scenario) is dashed.
        'line-dasharray': [
          'case',
          ['==', ['get', 'status'], 'operational'],
          ['literal', [1, 0]],
          ['literal', [1.6, 1.2]],
        ],
      },
    },
  ];
}

export function routeMarkerLayers(t: RouteTheme = routeTheme): CircleLayerSpecification[] {
  const radius = (r3: number, r9: number) =>
    overZoom([
      [3, r3],
      [9, r9],
    ]);
  return [
    {
      id: ROUTE_LAYERS.transfers,
      type: 'circle',
      source: ROUTE_SOURCE,
      filter: isTransfer,
      layout: {
        // Where a border and a gauge change fall together, the gauge change shows on top.
        'circle-sort-key': ['match', ['get', 'role'], 'gauge_change', 3, 'transshipment', 2, 1],
      },
      paint: {
        'circle-color': [
          'match',
          ['get', 'role'],
          'gauge_change',
          t.transfers.gauge_change,
          'transshipment',
          t.transfers.transshipment,
          t.transfers.border,
        ],
        'circle-radius': radius(4.5, 8),
        'circle-stroke-color': t.markerStroke,
        'circle-stroke-width': 2,
      },
    },
    {
      id: ROUTE_LAYERS.stops,
      type: 'circle',
      source: ROUTE_SOURCE,
      filter: isStop,
      paint: {
        'circle-color': t.stopFill,
        // Zoom must be the outermost expression: the via/end choice goes inside each stop.
        'circle-radius': overZoom([
          [3, ['case', ['==', ['get', 'role'], 'via'], 4, 6] as ExpressionSpecification],
          [9, ['case', ['==', ['get', 'role'], 'via'], 7, 10] as ExpressionSpecification],
        ]),
        'circle-stroke-color': t.casing,
        'circle-stroke-width': 3,
      },
    },
  ];
}

export interface RouteOverlay {
  sources: Record<string, GeoJSONSourceSpecification>;
  lines: LineLayerSpecification[];
  markers: CircleLayerSpecification[];
}

export function routeOverlay(features: FeatureCollection, t: RouteTheme = routeTheme): RouteOverlay {
  return {
    sources: { [ROUTE_SOURCE]: { type: 'geojson', data: features } },
    lines: routeLineLayers(t),
    markers: routeMarkerLayers(t),
  };
}

interface OverlayLike<S> {
  sources: Record<string, S>;
  layers: LayerSpecification[];
}

/**
 * The atlas overlay with the route added: its lines just under the places (above every corridor line), its
 * markers after everything else. Without a route the overlay is returned as it was.
 */
export function withRouteLayers<S>(
  base: OverlayLike<S>,
  route: RouteOverlay | null,
): OverlayLike<S | GeoJSONSourceSpecification> {
  if (!route) return base;
  const at = base.layers.findIndex((l) => l.id === PLACE_LAYERS.highlight);
  const cut = at < 0 ? base.layers.length : at;
  return {
    sources: { ...base.sources, ...route.sources },
    layers: [...base.layers.slice(0, cut), ...route.lines, ...base.layers.slice(cut), ...route.markers],
  };
}

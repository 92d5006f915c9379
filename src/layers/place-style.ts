// Places: circles by kind (crossings red, seaports navy, gauge changes purple, terminals green, cities dark),
// hollow rings for places not yet built (a planned crossing is a red ring), labels in the reader's language.
// Drawn with circle and text layers only: the style has no sprite and no glyph server.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../data/schema';
import type { AtlasTheme } from './atlas-theme';
import { highlightColour, isSelected, matchProp, nameIn, overZoom, SOURCES, type Expr } from './overlay-common';

export const PLACE_LAYERS = {
  highlight: 'atlas-places-highlight',
  minor: 'atlas-places-minor',
  circles: 'atlas-places',
  labels: 'atlas-places-labels',
} as const;

const source = SOURCES.places;

function radius(t: AtlasTheme, extra = 0): Expr {
  const r = matchProp(
    'kind',
    Object.fromEntries(Object.entries(t.node).map(([k, v]) => [k, v.radius])),
    t.node.city.radius,
  );
  return overZoom([
    [2, ['+', ['*', r, 0.75], extra] as Expr],
    [6, ['+', r, extra] as Expr],
    [9, ['+', ['*', r, 1.4], extra] as Expr],
  ]);
}

function circlePaint(t: AtlasTheme) {
  const kindFill = matchProp(
    'kind',
    Object.fromEntries(Object.entries(t.node).map(([k, v]) => [k, v.fill])),
    t.node.city.fill,
  );
  return {
    'circle-radius': radius(t),
    'circle-color': ['case', ['get', 'future'], t.planFill, kindFill] as Expr,
    'circle-stroke-color': ['case', ['get', 'future'], kindFill, t.nodeStroke] as Expr,
    'circle-stroke-width': ['case', ['get', 'future'], 2.2, 1.3] as Expr,
    'circle-opacity': matchProp('status', t.statusOpacity, 1),
    'circle-stroke-opacity': matchProp('status', t.statusOpacity, 1),
  };
}

export function placeLayers(t: AtlasTheme, selected: string | null, lang: Lang): LayerSpecification[] {
  const isJunction: Expr = ['==', ['get', 'kind'], 'junction'];
  return [
    {
      id: PLACE_LAYERS.highlight,
      type: 'circle',
      source,
      filter: isSelected(selected),
      paint: { 'circle-radius': radius(t, 6), 'circle-color': highlightColour(t), 'circle-blur': 0.3 },
    },
    {
      id: PLACE_LAYERS.minor,
      type: 'circle',
      source,
      minzoom: 6,
      filter: isJunction,
      paint: circlePaint(t),
    },
    {
      id: PLACE_LAYERS.circles,
      type: 'circle',
      source,
      filter: ['!', isJunction],
      // Crossings and ports drawn last, on top of the cities they sit beside.
      layout: { 'circle-sort-key': ['-', 3, ['get', 'rank']] },
      paint: circlePaint(t),
    },
    {
      // Cities and junctions come from Natural Earth's populated places, which the basemap already labels in the
      // reader's language; labelling them here too would print each name twice. The atlas names what only it has.
      id: PLACE_LAYERS.labels,
      type: 'symbol',
      source,
      filter: ['<=', ['get', 'rank'], 1],
      layout: {
        'text-field': nameIn(lang),
        'text-font': ['case', ['==', ['get', 'rank'], 0], ['literal', t.fonts.medium], ['literal', t.fonts.regular]],
        'text-size': ['step', ['get', 'rank'], 12.5, 1, 12],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.75,
        'text-justify': 'auto',
        'text-max-width': 9,
        'text-padding': 2,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': t.label, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5, 'text-halo-blur': 0.3 },
    },
  ];
}

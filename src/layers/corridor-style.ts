// Corridor legs: coloured by corridor, styled by mode (rail solid, road narrow with a dark casing, ferry long-dashed,
// sea dotted, pipeline as a double line) and by status (plans dashed and fainter, suspended grey), schematic lines
// thinner. Legs shared by several corridors sit side by side (see overlay-data.ts).
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang, Mode } from '../data/schema';
import type { AtlasTheme } from './atlas-theme';
import {
  highlightColour,
  isSelected,
  matchProp,
  nameIn,
  overZoom,
  scaledWidth,
  SOURCES,
  type Expr,
} from './overlay-common';

export const LEG_LAYERS = {
  casing: 'atlas-legs-casing',
  highlight: 'atlas-legs-highlight',
  land: 'atlas-legs-land',
  water: 'atlas-legs-water',
  pipeOuter: 'atlas-legs-pipeline',
  pipeInner: 'atlas-legs-pipeline-inner',
  labels: 'atlas-legs-labels',
} as const;

/**
 * The layers that draw a leg, one of them for each leg whatever its mode: what a click or a hover finds. A thin line
 * is found within a few pixels of the pointer (MapView's pick tolerance) rather than by a wide invisible line, which
 * cost the worker a third more line geometry for every leg, at every load and every filter click.
 */
export const LEG_DRAWN_LAYERS: readonly string[] = [LEG_LAYERS.land, LEG_LAYERS.water, LEG_LAYERS.pipeOuter];

const source = SOURCES.legs;
const modeIs = (...modes: Mode[]): Expr => ['in', ['get', 'mode'], ['literal', modes]] as Expr;

/** Width factor of a leg: its mode's share of a rail line, thinner when the path is schematic. */
function widthFactor(t: AtlasTheme): Expr {
  return ['*', matchProp('mode', t.modeWidth, 1), ['case', ['get', 'schematic'], t.schematicScale, 1]] as Expr;
}

export function legWidth(t: AtlasTheme, extra = 0): Expr {
  if (!extra) return scaledWidth(t.railWidth, widthFactor(t));
  const w = (i: 0 | 1 | 2): Expr => ['+', ['*', t.railWidth[i], widthFactor(t)], extra] as Expr;
  return overZoom([
    [3, w(0)],
    [6, w(1)],
    [9, w(2)],
  ]);
}

/** Side-by-side lanes for shared legs: the shift times a lane a little wider than the line. */
function laneOffset(t: AtlasTheme): Expr {
  const lane = (i: 0 | 1 | 2): Expr => ['*', ['get', 'shift'], ['*', t.railWidth[i] * 1.15, widthFactor(t)]] as Expr;
  return overZoom([
    [3, lane(0)],
    [6, lane(1)],
    [9, lane(2)],
  ]);
}

/** Solid is [1, 0]: a data-driven dash array must always be an array. */
function dash(t: AtlasTheme): Expr {
  const solid = (d: number[]) => (d.length ? d : [1, 0]);
  const perMode = (mode: Mode) =>
    ['case', ['get', 'future'], ['literal', solid(t.planDash[mode])], ['literal', solid(t.modeDash[mode])]] as Expr;
  return [
    'match',
    ['get', 'mode'],
    'road',
    perMode('road'),
    'ferry',
    perMode('ferry'),
    'sea',
    perMode('sea'),
    perMode('rail'),
  ] as Expr;
}

const opacity = (t: AtlasTheme) => matchProp('status', t.statusOpacity, 1);

export function legLayers(t: AtlasTheme, selected: string | null, lang: Lang): LayerSpecification[] {
  const offset = laneOffset(t);
  const join = { 'line-join': 'round' } as const;
  return [
    {
      id: LEG_LAYERS.casing,
      type: 'line',
      source,
      filter: modeIs('rail', 'road'),
      layout: join,
      paint: {
        'line-color': ['match', ['get', 'mode'], 'road', t.roadCasing, t.casing] as Expr,
        'line-width': legWidth(t, 2),
        'line-offset': offset,
        'line-opacity': opacity(t),
      },
    },
    {
      id: LEG_LAYERS.highlight,
      type: 'line',
      source,
      filter: isSelected(selected, 'corridor'),
      layout: { ...join, 'line-cap': 'round' },
      paint: { 'line-color': highlightColour(t), 'line-width': legWidth(t, 7), 'line-offset': offset, 'line-blur': 1 },
    },
    {
      id: LEG_LAYERS.land,
      type: 'line',
      source,
      filter: modeIs('rail', 'road'),
      layout: join,
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': legWidth(t),
        'line-offset': offset,
        'line-opacity': opacity(t),
        'line-dasharray': dash(t),
      },
    },
    {
      id: LEG_LAYERS.water,
      type: 'line',
      source,
      filter: modeIs('ferry', 'sea'),
      // Round caps turn the zero-length dashes of sea lanes into dots.
      layout: { ...join, 'line-cap': 'round' },
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': legWidth(t),
        'line-offset': offset,
        'line-opacity': opacity(t),
        'line-dasharray': dash(t),
      },
    },
    {
      id: LEG_LAYERS.pipeOuter,
      type: 'line',
      source,
      filter: modeIs('pipeline'),
      layout: join,
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': legWidth(t, 1.5),
        'line-offset': offset,
        'line-opacity': opacity(t),
      },
    },
    {
      id: LEG_LAYERS.pipeInner,
      type: 'line',
      source,
      filter: modeIs('pipeline'),
      layout: join,
      paint: { 'line-color': t.pipeline.inner, 'line-width': legWidth(t, -0.5), 'line-offset': offset },
    },
    {
      id: LEG_LAYERS.labels,
      type: 'symbol',
      source,
      minzoom: 5,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 420,
        'text-field': nameIn(lang),
        'text-font': ['literal', t.fonts.medium],
        'text-size': 11,
        'text-offset': [0, -0.9],
        'text-max-angle': 30,
      },
      paint: { 'text-color': ['get', 'colour'], 'text-halo-color': t.labelHalo, 'text-halo-width': 1.6 },
    },
  ];
}

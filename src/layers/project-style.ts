// Projects by kind: areas (parks, zones) as tinted polygons, points as circles in the kind's colour, lines dashed
// while planned, pipelines as a brown double line. Projects not yet in service are hollow or dashed.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../data/schema';
import type { AtlasTheme } from './atlas-theme';
import {
  geometryIs,
  highlightColour,
  isSelected,
  literalArray,
  matchProp,
  nameIn,
  overZoom,
  SOURCES,
  type Expr,
} from './overlay-common';

export const PROJECT_LAYERS = {
  areas: 'atlas-projects-areas',
  areaOutlines: 'atlas-projects-area-outlines',
  highlight: 'atlas-projects-highlight',
  pointHighlight: 'atlas-projects-point-highlight',
  lines: 'atlas-projects-lines',
  pipeOuter: 'atlas-projects-pipeline',
  pipeInner: 'atlas-projects-pipeline-inner',
  points: 'atlas-projects-points',
  clusters: 'atlas-projects-clusters',
  clusterCounts: 'atlas-projects-cluster-counts',
  labels: 'atlas-projects-labels',
  areaLabels: 'atlas-projects-area-labels',
} as const;

const source = SOURCES.projects;
const pointSource = SOURCES.projectPoints;
/** Clustering of the point source (see atlasOverlay): past this zoom every project is drawn on its own. */
export const PROJECT_CLUSTER = { clusterRadius: 36, clusterMaxZoom: 8, clusterMinPoints: 3 } as const;
const isCluster: Expr = ['has', 'point_count'];
const isPipeline: Expr = ['==', ['get', 'kind'], 'pipeline'];
const lines = geometryIs('LineString', 'MultiLineString');
const points = geometryIs('Point', 'MultiPoint');
const areas = geometryIs('Polygon', 'MultiPolygon');

export function projectLayers(t: AtlasTheme, selected: string | null, lang: Lang): LayerSpecification[] {
  const opacity = matchProp('status', t.statusOpacity, 1);
  const pipeWidth = overZoom([
    [3, 2.6],
    [9, 5],
  ]);
  const pointRadius = overZoom([
    [2, 3.2],
    [6, 4.5],
    [9, 6.5],
  ]);
  return [
    {
      id: PROJECT_LAYERS.areas,
      type: 'fill',
      source,
      filter: areas,
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.18 },
    },
    {
      id: PROJECT_LAYERS.areaOutlines,
      type: 'line',
      source,
      filter: areas,
      paint: { 'line-color': ['get', 'colour'], 'line-width': 1.2, 'line-opacity': opacity },
    },
    {
      id: PROJECT_LAYERS.highlight,
      type: 'line',
      source,
      filter: ['all', ['!', points], isSelected(selected)],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': highlightColour(t),
        'line-width': overZoom([
          [3, 9],
          [9, 13],
        ]),
        'line-blur': 1,
      },
    },
    {
      id: PROJECT_LAYERS.lines,
      type: 'line',
      source,
      filter: ['all', lines, ['!', isPipeline]],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': overZoom([
          [3, 1.6],
          [9, 3.5],
        ]),
        'line-opacity': opacity,
        'line-dasharray': ['case', ['get', 'future'], literalArray([2, 1.5]), literalArray([1, 0])] as Expr,
      },
    },
    {
      id: PROJECT_LAYERS.pipeOuter,
      type: 'line',
      source,
      filter: ['all', lines, isPipeline],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': t.pipeline.outer,
        'line-width': pipeWidth,
        'line-opacity': opacity,
        'line-dasharray': ['case', ['get', 'future'], literalArray([2.5, 1.5]), literalArray([1, 0])] as Expr,
      },
    },
    {
      // The light core inside the brown line makes the pipeline read as a double line, unlike any track.
      id: PROJECT_LAYERS.pipeInner,
      type: 'line',
      source,
      filter: ['all', lines, isPipeline, ['!', ['get', 'future']]],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': t.pipeline.inner,
        'line-width': overZoom([
          [3, 0.8],
          [9, 1.8],
        ]),
      },
    },
    {
      id: PROJECT_LAYERS.pointHighlight,
      type: 'circle',
      source: pointSource,
      filter: ['all', ['!', isCluster], isSelected(selected)],
      paint: {
        'circle-radius': overZoom([
          [2, 9],
          [9, 13],
        ]),
        'circle-color': highlightColour(t),
        'circle-blur': 0.3,
      },
    },
    {
      id: PROJECT_LAYERS.points,
      type: 'circle',
      source: pointSource,
      filter: ['!', isCluster],
      paint: {
        'circle-radius': pointRadius,
        'circle-color': ['case', ['get', 'future'], t.planFill, ['get', 'colour']],
        'circle-stroke-color': ['case', ['get', 'future'], ['get', 'colour'], t.nodeStroke],
        'circle-stroke-width': ['case', ['get', 'future'], 2, 1.2],
        'circle-opacity': opacity,
        'circle-stroke-opacity': opacity,
      },
    },
    {
      // A disc sized by how many projects it stands for: 20,000 projects stay readable at the home view.
      id: PROJECT_LAYERS.clusters,
      type: 'circle',
      source: pointSource,
      filter: isCluster,
      paint: {
        'circle-radius': ['step', ['get', 'point_count'], 11, 10, 14, 100, 18, 1000, 23],
        'circle-color': t.cluster.fill,
        'circle-opacity': 0.85,
        'circle-stroke-color': t.cluster.stroke,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: PROJECT_LAYERS.clusterCounts,
      type: 'symbol',
      source: pointSource,
      filter: isCluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': ['literal', t.fonts.medium],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': t.cluster.text },
    },
    {
      id: PROJECT_LAYERS.labels,
      type: 'symbol',
      source: pointSource,
      minzoom: 5.5,
      filter: ['!', isCluster],
      layout: projectLabelLayout(t, lang),
      paint: { 'text-color': ['get', 'colour'], 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: PROJECT_LAYERS.areaLabels,
      type: 'symbol',
      source,
      minzoom: 5.5,
      filter: areas,
      layout: projectLabelLayout(t, lang),
      paint: { 'text-color': ['get', 'colour'], 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}

function projectLabelLayout(t: AtlasTheme, lang: Lang): LayerSpecification['layout'] & object {
  return {
    'text-field': nameIn(lang),
    'text-font': ['literal', t.fonts.regular],
    'text-size': 11,
    'text-variable-anchor': ['bottom', 'top', 'right', 'left'],
    'text-radial-offset': 0.8,
    'text-max-width': 10,
    'text-optional': true,
    'symbol-sort-key': 10,
  };
}

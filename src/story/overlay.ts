// The story's own map layers: the lines a scene draws progressively and the records it highlights. One source
// holds every scene's features, tagged with the scene number, so a step to the next scene changes only layer
// filters and paint: nothing is reloaded, and no frame shows an empty map between scenes.
import type { FilterSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { chains, segmentsOf, type StoryIndex } from './geometry';
import type { PreparedStory } from './session';

export const STORY_DRAW_LAYER = 'story-draw';
export const ROUTE_COLOUR = '#c2185b';
const HALO = '#ffb300';

const line = (coordinates: Position[], scene: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties: { scene },
});

function highlightFeatures(ids: readonly string[], scene: number, index: StoryIndex): Feature[] {
  const out: Feature[] = [];
  const point = (coordinates: Position): Feature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { scene },
  });
  for (const id of ids) {
    const parts = index.parts.get(id) ?? [];
    // Places and point-like projects get a ring; corridors, segments and line projects a halo along the line.
    if (parts.every((p) => p.length === 1)) parts.forEach(([p]) => p && out.push(point(p)));
    else parts.forEach((p) => p.length > 1 && out.push(line(p, scene)));
  }
  return out;
}

export interface StoryFeatures {
  draw: FeatureCollection;
  highlight: FeatureCollection;
  /** Colour of each scene's drawn line. */
  colours: string[];
}

const memo = new WeakMap<PreparedStory, WeakMap<object, StoryFeatures>>();

/** Every scene's features at once; `routeLines` holds the planner's lines of scenes that draw their route. */
export function storyFeatures(
  prepared: PreparedStory,
  routeLines: ReadonlyMap<number, Position[][]> = new Map(),
): StoryFeatures {
  const cached = memo.get(prepared)?.get(routeLines);
  if (cached) return cached;
  const { index, patches } = prepared;
  const draw: Feature[] = [];
  const highlight: Feature[] = [];
  const colours: string[] = [];
  patches.forEach((p, scene) => {
    const lines =
      p.draw === 'route' ? (routeLines.get(scene) ?? []) : p.draw ? chains(segmentsOf(p.draw, index), index) : [];
    lines.forEach((l) => draw.push(line(l, scene)));
    const first = Array.isArray(p.draw) ? p.draw.map((id) => index.colours.get(id)).find(Boolean) : undefined;
    colours.push(first ?? ROUTE_COLOUR);
    highlight.push(...highlightFeatures(p.highlight, scene, index));
  });
  const result = {
    draw: { type: 'FeatureCollection', features: draw } as FeatureCollection,
    highlight: { type: 'FeatureCollection', features: highlight } as FeatureCollection,
    colours,
  };
  const byRoutes = memo.get(prepared) ?? new WeakMap();
  byRoutes.set(routeLines, result);
  memo.set(prepared, byRoutes);
  return result;
}

export function storyLayers(scene: number, colour: string): LayerSpecification[] {
  const inScene: FilterSpecification = ['==', ['get', 'scene'], scene];
  const lines: FilterSpecification = ['all', inScene, ['==', ['geometry-type'], 'LineString']];
  const points: FilterSpecification = ['all', inScene, ['==', ['geometry-type'], 'Point']];
  return [
    {
      id: 'story-highlight-line',
      type: 'line',
      source: 'story-highlight',
      filter: lines,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': HALO,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 8, 8, 16],
        'line-opacity': 0.45,
        'line-blur': 2,
      },
    },
    {
      id: STORY_DRAW_LAYER,
      type: 'line',
      source: 'story-draw',
      filter: inScene,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 4, 8, 8],
        'line-gradient': ['interpolate', ['linear'], ['line-progress'], 0, colour, 1, colour],
      },
    },
    {
      id: 'story-highlight-point',
      type: 'circle',
      source: 'story-highlight',
      filter: points,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 9, 8, 14],
        'circle-color': 'rgba(255, 179, 0, 0.25)',
        'circle-stroke-color': HALO,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/** Sources and layers to draw over the atlas (the map owner's overlay shape). */
export interface StoryOverlay {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** The overlay of scene `scene`: the same sources for every scene, filters and colour for this one. */
export function storyOverlay(features: StoryFeatures, scene: number): StoryOverlay {
  return {
    sources: {
      'story-draw': { type: 'geojson', data: features.draw, lineMetrics: true },
      'story-highlight': { type: 'geojson', data: features.highlight },
    },
    layers: storyLayers(scene, features.colours[scene] ?? ROUTE_COLOUR),
  };
}

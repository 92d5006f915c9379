import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { gradientAt } from '../../src/map/draw-progressive';
import { storyFeatures, storyOverlay } from '../../src/story/overlay';
import { withStoryLayers } from '../../src/player/use-story-overlay';
import { prefetchScenes, prepareStory, withRoutes } from '../../src/story/session';
import { sampleStory, storyDataset, TASHKENT, WUHAN } from './fixtures/story-data';
// The story engine the app loads with the story player.
import '../../src/app/story-engine';

const prepared = () => prepareStory(sampleStory(), storyDataset());

describe('story layers', () => {
  it('are valid MapLibre style for every scene', () => {
    const p = withRoutes(prepared(), [2]);
    const features = storyFeatures(p, p.routeLines);
    for (const scene of [0, 1, 2]) {
      const overlay = storyOverlay(features, scene);
      const style = { version: 8, sources: overlay.sources, layers: overlay.layers } as StyleSpecification;
      expect(validateStyleMin(style)).toEqual([]);
    }
  });

  it('keep one source for the whole story and pick the scene by filter', () => {
    const p = prepared();
    const features = storyFeatures(p, p.routeLines);
    const first = storyOverlay(features, 0);
    const second = storyOverlay(features, 1);
    expect(second.sources['story-draw']).toEqual(first.sources['story-draw']);
    const draw = (o: typeof first) =>
      o.layers.find((l) => l.id === 'story-draw') as { filter: unknown; paint: Record<string, unknown> };
    expect(draw(first).filter).toEqual(['==', ['get', 'scene'], 0]);
    expect(draw(second).filter).toEqual(['==', ['get', 'scene'], 1]);
    // Scene 1 draws the CKU corridor in its own colour.
    expect(draw(first).paint['line-gradient']).toEqual([
      'interpolate',
      ['linear'],
      ['line-progress'],
      0,
      '#2e7d32',
      1,
      '#2e7d32',
    ]);
  });

  it('draws the corridor of scene 1 and rings its highlighted places', () => {
    const { draw, highlight } = storyFeatures(prepared());
    expect(
      draw.features.map((f) => [f.properties?.scene, (f.geometry as GeoJSON.LineString).coordinates.at(-1)]),
    ).toEqual([[0, TASHKENT]]);
    expect(highlight.features.map((f) => [f.properties?.scene, (f.geometry as GeoJSON.Point).coordinates])).toEqual([
      [0, WUHAN],
      [0, TASHKENT],
    ]);
  });

  it('plans a scene’s route ahead, from the next scene’s neighbour list', () => {
    const p = prepared();
    expect(withRoutes(p, prefetchScenes(p, 0))).toBe(p);
    const planned = withRoutes(p, prefetchScenes(p, 1));
    expect(planned).not.toBe(p);
    expect(p.routeLines.size).toBe(0);
    const line = planned.routeLines.get(2)![0]!;
    expect([line[0], line.at(-1)]).toEqual([WUHAN, TASHKENT]);
    expect(withRoutes(planned, prefetchScenes(planned, 1))).toBe(planned);
  });
});

describe('progressive drawing', () => {
  const full = ['interpolate', ['linear'], ['line-progress'], 0, '#2e7d32', 1, '#2e7d32'];

  it('shows the line up to the progress and nothing beyond', () => {
    expect(gradientAt(full, 0.25)).toEqual([
      'interpolate',
      ['linear'],
      ['line-progress'],
      0,
      '#2e7d32',
      0.25,
      '#2e7d32',
      0.2501,
      'rgba(0, 0, 0, 0)',
      1,
      'rgba(0, 0, 0, 0)',
    ]);
  });

  it('hides the whole line at 0 and restores the style’s value at 1', () => {
    expect(gradientAt(full, 0)).toEqual([
      'interpolate',
      ['linear'],
      ['line-progress'],
      0,
      'rgba(0, 0, 0, 0)',
      0.0001,
      'rgba(0, 0, 0, 0)',
      1,
      'rgba(0, 0, 0, 0)',
    ]);
    expect(gradientAt(full, 1)).toBe(full);
  });
});

describe('story layers over the planner’s route', () => {
  const layer = (id: string) => ({ id, type: 'background' as const });
  const base = {
    sources: {},
    layers: [layer('corridors'), layer('route-casing'), layer('route-legs'), layer('route-stops')],
  };
  const story = { sources: {}, layers: [layer('story-draw')] };

  it('leave out the planner’s route lines while the scene draws its route, and keep its markers', () => {
    expect(withStoryLayers(base, story, true).layers.map((l) => l.id)).toEqual([
      'corridors',
      'route-stops',
      'story-draw',
    ]);
  });

  it('keep everything when the scene draws no route, and add nothing without a story', () => {
    expect(withStoryLayers(base, story, false).layers.map((l) => l.id)).toEqual([
      'corridors',
      'route-casing',
      'route-legs',
      'route-stops',
      'story-draw',
    ]);
    expect(withStoryLayers(base, null, true)).toBe(base);
  });
});

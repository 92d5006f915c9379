import { describe, expect, it } from 'vitest';
import { HOME_CAMERA } from '../../src/store/camera-slice';
import { clampScene, prefetchList, scenePatch, sceneSearch, stepScene } from '../../src/story/engine';
import { boundsOf, buildStoryIndex, chains, segmentsOf, unwrap } from '../../src/story/geometry';
import { IRKESHTAM, OSH, sampleStory, storyDataset, TASHKENT, WUHAN } from './fixtures/story-data';

const index = buildStoryIndex(storyDataset());
const [start, border, end] = sampleStory().scenes;

describe('scene → state patch', () => {
  it('turns a view camera into a flight with bearing and pitch defaulted', () => {
    expect(scenePatch(start!, index).camera).toEqual({
      kind: 'fly',
      camera: { center: [100, 35], zoom: 3.5, bearing: 0, pitch: 0 },
    });
    expect(scenePatch(end!, index).camera).toEqual({
      kind: 'fly',
      camera: { center: [69.3, 41.3], zoom: 6, bearing: 10, pitch: 30 },
    });
  });

  it('frames the records a fit camera names, keeping the scene maxZoom', () => {
    expect(scenePatch(border!, index).camera).toEqual({
      kind: 'fit',
      bounds: [OSH[0], IRKESHTAM[1], IRKESHTAM[0], OSH[1]],
      maxZoom: 6,
    });
  });

  it('falls back to the first view when a fit names nothing with geometry', () => {
    const camera = scenePatch({ ...border!, camera: { fit: ['nowhere'] } }, index).camera;
    expect(camera).toEqual({ kind: 'fly', camera: HOME_CAMERA });
  });

  it('sets every filter, so a scene never inherits the previous one, and shows a corridor with its branches', () => {
    expect(scenePatch(start!, index).filters).toEqual({
      corridors: null,
      modes: null,
      statuses: null,
      countries: null,
      year: null,
    });
    expect(scenePatch(border!, index)).toMatchObject({
      filters: { corridors: ['cku', 'cku-hubei'], modes: ['road'], statuses: null, countries: null, year: 2025 },
      selected: 'irkeshtam',
      highlight: [],
      route: null,
      draw: null,
    });
  });

  it('passes the route query and the drawing on', () => {
    expect(scenePatch(end!, index)).toMatchObject({ route: { from: 'wuhan', to: 'tashkent' }, draw: 'route' });
    expect(scenePatch(start!, index)).toMatchObject({ draw: ['cku'], highlight: ['wuhan', 'tashkent'] });
  });
});

describe('links and steps', () => {
  it('writes a scene link counting from 1', () => {
    expect(sceneSearch('cku', 2)).toBe('?story=cku&scene=3');
    expect(sceneSearch('cku', 0, 'zh')).toBe('?lang=zh&story=cku&scene=1');
  });

  it('prepares the next scene first, then the previous, never outside the story', () => {
    expect(prefetchList(0, 3)).toEqual([1]);
    expect(prefetchList(1, 3)).toEqual([2, 0]);
    expect(prefetchList(2, 3)).toEqual([1]);
  });

  it('steps within the story', () => {
    expect(stepScene(0, 5, 'previous')).toBe(0);
    expect(stepScene(3, 5, 'next')).toBe(4);
    expect(stepScene(4, 5, 'next')).toBe(4);
    expect(stepScene(2, 5, 'first')).toBe(0);
    expect(stepScene(2, 5, 'last')).toBe(4);
    expect(clampScene(99, sampleStory())).toBe(2);
  });
});

describe('story geometry', () => {
  it('keeps a line over the antimeridian continuous', () => {
    expect(
      unwrap([
        [179, 1],
        [-179, 2],
        [-178, 3],
      ]),
    ).toEqual([
      [179, 1],
      [181, 2],
      [182, 3],
    ]);
    const [w, , e] = boundsOf(['east-west'], index)!;
    expect([w, e]).toEqual([170, 190]);
  });

  it('gives a corridor its branches’ segments', () => {
    expect(segmentsOf(['cku'], index).sort()).toEqual([
      'irkeshtam-osh',
      'kashgar-irkeshtam',
      'osh-tashkent',
      'wuhan-kashgar',
    ]);
    expect(segmentsOf(['cku-hubei'], index)).not.toContain('osh-tashkent');
  });

  it('joins a corridor into one line from its start, turning a leg digitised backwards', () => {
    const lines = chains(segmentsOf(['cku'], index), index);
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line[0]).toEqual(WUHAN);
    expect(line.at(-1)).toEqual(TASHKENT);
    expect(line).toEqual([WUHAN, [100, 36], [76, 39.5], IRKESHTAM, OSH, TASHKENT]);
  });
});

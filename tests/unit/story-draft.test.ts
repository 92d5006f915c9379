import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/data/filters';
import {
  captureScene,
  copyOf,
  duplicateScene,
  emptyStory,
  freeSceneId,
  insertScene,
  missingLangs,
  moveScene,
  removeScene,
  type MapView,
} from '../../src/story/draft';
import { storyFileText } from '../../src/story/file-text';
import { readStory } from '../../src/story/open-file';
import { refsFromDataset } from '../../src/story/refs';
import type { Scene, Story } from '../../src/story/schema';
import { sampleStory, storyDataset } from './fixtures/story-data';

const text = (en: string, zh = '', ru = '') => ({ zh, en, ru });

const view = (patch: Partial<MapView> = {}): MapView => ({
  camera: { center: [69.281234567, 41.309876], zoom: 6.123456, bearing: 0.2, pitch: 0 },
  filters: NO_FILTERS,
  selected: null,
  route: null,
  ...patch,
});

const scene = (id: string, caption = id): Scene => ({
  id,
  camera: { center: [70, 40], zoom: 5 },
  caption: text(caption),
  notes: text(''),
  sources: [],
});

const storyOf = (...ids: string[]): Story => ({ ...emptyStory('my-test'), scenes: ids.map((id) => scene(id)) });
const ids = (s: Story) => s.scenes.map((sc) => sc.id);

describe('capturing a scene from the map', () => {
  it('keeps the camera rounded as a file holds it and leaves out what the map does not set', () => {
    const s = captureScene(view(), 'scene-1');
    expect(s).toEqual({
      id: 'scene-1',
      camera: { center: [69.2812, 41.3099], zoom: 6.12 },
      caption: text(''),
      notes: text(''),
      sources: [],
    });
  });

  it('takes filters, year, selection, bearing, pitch and a route named by ids', () => {
    const s = captureScene(
      view({
        camera: { center: [76, 39.5], zoom: 5, bearing: 30.04, pitch: 45 },
        filters: { ...NO_FILTERS, corridors: ['cku'], modes: ['rail'], year: 2025 },
        selected: 'irkeshtam',
        route: { from: 'wuhan', to: 'tashkent', via: ['kashgar'], avoid: [], includePlanned: true, month: 3 },
      }),
      'scene-2',
      undefined,
      true,
    );
    expect(s).toMatchObject({
      camera: { center: [76, 39.5], zoom: 5, bearing: 30, pitch: 45 },
      filters: { corridors: ['cku'], modes: ['rail'] },
      year: 2025,
      selection: 'irkeshtam',
      route: { from: 'wuhan', to: 'tashkent', via: ['kashgar'], includePlanned: true, month: 3 },
      draw: 'route',
    });
    expect(s.route).not.toHaveProperty('avoid');
  });

  it('leaves out a route whose ends are typed names rather than ids', () => {
    const s = captureScene(
      view({ route: { from: 'Wuhan', to: 'tashkent', via: [], avoid: [], includePlanned: false, month: null } }),
      'scene-1',
    );
    expect(s.route).toBeUndefined();
  });

  it('draws the shown corridors when there is no route', () => {
    const s = captureScene(
      view({ filters: { ...NO_FILTERS, corridors: ['cku', 'tmtm'] } }),
      'scene-1',
      undefined,
      true,
    );
    expect(s.draw).toEqual(['cku', 'tmtm']);
  });

  it('a re-capture keeps what the author wrote and picked, and the drawing', () => {
    const old: Scene = {
      ...scene('scene-3', 'Kashgar'),
      notes: text('say this'),
      sources: ['src-a'],
      highlight: ['kashgar'],
      draw: ['cku'],
    };
    const s = captureScene(view({ filters: { ...NO_FILTERS, corridors: ['tmtm'] } }), old.id, old);
    expect(s).toMatchObject({
      id: 'scene-3',
      caption: text('Kashgar'),
      notes: text('say this'),
      sources: ['src-a'],
      highlight: ['kashgar'],
      draw: ['tmtm'],
      camera: { center: [69.2812, 41.3099] },
    });
  });
});

describe('editing the list of scenes', () => {
  it('moves a scene, keeping it inside the list, and leaves the original story as it was', () => {
    const story = storyOf('a', 'b', 'c');
    expect(ids(moveScene(story, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(ids(moveScene(story, 2, 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveScene(story, 1, 9))).toEqual(['a', 'c', 'b']);
    expect(ids(moveScene(story, 1, -4))).toEqual(['b', 'a', 'c']);
    expect(moveScene(story, 1, 1)).toBe(story);
    expect(ids(story)).toEqual(['a', 'b', 'c']);
  });

  it('duplicates a scene right after it under an unused id', () => {
    const story = storyOf('scene-1', 'scene-2', 'scene-4');
    const copy = duplicateScene(story, 0);
    expect(ids(copy)).toEqual(['scene-1', 'scene-5', 'scene-2', 'scene-4']);
    expect(copy.scenes[1]!.caption).toEqual(story.scenes[0]!.caption);
    expect(duplicateScene(story, 7)).toBe(story);
  });

  it('inserts and deletes scenes', () => {
    const story = storyOf('a', 'c');
    expect(ids(insertScene(story, 1, scene('b')))).toEqual(['a', 'b', 'c']);
    expect(ids(removeScene(story, 0))).toEqual(['c']);
  });

  it('finds a free scene id', () => {
    expect(freeSceneId(storyOf())).toBe('scene-1');
    expect(freeSceneId(storyOf('scene-2', 'x'))).toBe('scene-3');
    expect(freeSceneId(storyOf('scene-3', 'scene-4', 'scene-5'))).toBe('scene-6');
  });

  it('a copy of a built-in story gets its own id and no cover', () => {
    const copy = copyOf({ ...sampleStory(), cover: 'stories/x.webp' }, 'my-copy');
    expect(copy.id).toBe('my-copy');
    expect(copy.cover).toBeUndefined();
    expect(copy.scenes).toEqual(sampleStory().scenes);
  });
});

describe('missing languages and the story file', () => {
  it('names the languages a text lacks (blank counts as missing)', () => {
    expect(missingLangs(text('Tashkent'))).toEqual(['zh', 'ru']);
    expect(missingLangs({ zh: '塔什干', en: 'Tashkent', ru: '  ' })).toEqual(['ru']);
    expect(missingLangs({ zh: '塔什干', en: 'Tashkent', ru: 'Ташкент' })).toEqual([]);
  });

  it('a saved draft reads back as the same story, even with languages and sources missing', () => {
    const draft: Story = {
      ...emptyStory('my-test'),
      title: text('Mine'),
      scenes: [captureScene(view(), 'scene-1', { ...scene('x'), caption: text('Tashkent') })],
    };
    const file = storyFileText(draft);
    expect(file).not.toContain('undefined');
    const read = readStory(file, refsFromDataset(storyDataset()));
    expect(read).toEqual({ ok: true, story: draft });
  });

  it('a draft naming a record that does not exist is refused, naming the scene and the field', () => {
    const draft: Story = { ...storyOf('scene-1'), scenes: [{ ...scene('scene-1'), selection: 'nowhere' }] };
    const read = readStory(storyFileText(draft), refsFromDataset(storyDataset()));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('\n')).toMatch(/scene 1: unknown record 'nowhere' in selection/);
  });
});

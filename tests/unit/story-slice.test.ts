import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/store';
import { buildSearch, needsPush, parseSearch } from '../../src/store/url';
import { URL_FIELDS } from '../../src/store/url-fields';
import { sampleStory, storyDataset } from './fixtures/story-data';
// The story engine the app loads with the story player.
import '../../src/app/story-engine';

// The link codec asks the catalogue whether a story exists; here only the sample does.
vi.mock('../../src/store/story-ids', () => ({ hasStory: (id: string) => id === 'sample' }));

const store = () => useAppStore.getState();
const prepare = () => store().prepareStory(sampleStory(), storyDataset());

afterEach(() => useAppStore.setState({ storyPrepared: {} }));

describe('story slice', () => {
  it('keeps only the position while the story is not prepared', () => {
    store().openStory('sample', 1);
    expect(store()).toMatchObject({ story: { id: 'sample', scene: 1 }, storyApplied: null, selected: null });
  });

  it('stays on its scene while a video is being made, whoever asks to step, and steps again after', () => {
    prepare();
    store().openStory('sample');
    store().setStoryRecording(true);
    store().stepStory('next');
    expect(store().story).toEqual({ id: 'sample', scene: 0 });
    store().setStoryRecording(false);
    store().stepStory('next');
    expect(store().story).toEqual({ id: 'sample', scene: 1 });
  });

  it('applies a scene in one update: camera, filters, selection, drawing', () => {
    prepare();
    store().openStory('sample');
    const seq = store().cameraIntent!.seq;
    store().stepStory('next');
    expect(store()).toMatchObject({
      story: { id: 'sample', scene: 1 },
      storyApplied: 'sample#1',
      cameraIntent: { kind: 'fit', maxZoom: 6, instant: false, seq: seq + 1 },
      filters: { corridors: ['cku', 'cku-hubei'], modes: ['road'], statuses: null, countries: null, year: 2025 },
      selected: 'irkeshtam',
      lineDraw: null,
    });
    store().stepStory('previous');
    expect(store()).toMatchObject({ selected: null, filters: { corridors: null, year: null } });
    expect(store().lineDraw).toEqual({ layerIds: ['story-draw'], seq: seq + 2 });
  });

  it('stays inside the story and returns to the scene after exploring', () => {
    prepare();
    store().openStory('sample');
    store().stepStory('last');
    store().stepStory('next');
    expect(store().story?.scene).toBe(2);
    store().setStoryExploring(true);
    store().reportCamera({ center: [10, 10], zoom: 2, bearing: 0, pitch: 0 });
    expect(store().story?.scene).toBe(2);
    store().returnToScene();
    expect(store().storyExploring).toBe(false);
    expect(store().cameraIntent).toMatchObject({ kind: 'fly', camera: { center: [69.3, 41.3], zoom: 6 } });
  });

  it('leaves the story with the atlas unfiltered', () => {
    prepare();
    store().openStory('sample', 1);
    store().closeStory();
    expect(store()).toMatchObject({ story: null, storyApplied: null, selected: null, filters: { corridors: null } });
  });
});

describe('story in the link', () => {
  it('writes story and scene and leaves out what the scene decides', () => {
    prepare();
    store().openStory('sample', 1);
    store().reportCamera({ center: [72, 40], zoom: 6, bearing: 0, pitch: 0 });
    expect(buildSearch(store(), URL_FIELDS)).toBe(`?lang=${store().lang}&story=sample&scene=2`);
  });

  it('makes a history entry per scene', () => {
    expect(needsPush('?story=sample&scene=2', '?story=sample&scene=3', URL_FIELDS)).toBe(true);
  });

  it('reads a scene link into the whole scene state once the story is prepared', () => {
    prepare();
    const { patch, dropped } = parseSearch('?story=sample&scene=2&lang=en', URL_FIELDS, store());
    expect(dropped).toEqual([]);
    expect(patch).toMatchObject({
      story: { id: 'sample', scene: 1 },
      storyApplied: 'sample#1',
      selected: 'irkeshtam',
      cameraIntent: { kind: 'fit', instant: false },
    });
  });

  it('reads only the position before the story has loaded', () => {
    const { patch } = parseSearch('?story=sample&scene=3', URL_FIELDS, store());
    expect(patch).toMatchObject({ story: { id: 'sample', scene: 2 }, storyApplied: null });
  });

  it('drops an unknown story and a scene without a story, and closes the story when the link has none', () => {
    expect(parseSearch('?story=nope&scene=2', URL_FIELDS).dropped.sort()).toEqual(['story']);
    expect(parseSearch('?scene=2', URL_FIELDS).dropped).toEqual(['scene']);
    expect(parseSearch('?story=sample&scene=x', URL_FIELDS).dropped).toEqual(['scene']);
    expect(parseSearch('?lang=en', URL_FIELDS).patch).toMatchObject({ story: null });
  });
});

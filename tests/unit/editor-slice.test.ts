import { afterEach, describe, expect, it, vi } from 'vitest';
// The story player gives the store its engine when it loads; playing a draft needs it.
import '../../src/app/story-engine';
import { NO_FILTERS } from '../../src/data/filters';
import { resetAppStore, useAppStore } from '../../src/store';
import { EMPTY_PLAN } from '../../src/store/route-slice';
import { replaceScene } from '../../src/story/draft';
import { storyDataset } from './fixtures/story-data';

vi.mock('../../src/story/catalogue', () => ({ hasStory: () => false }));

const store = () => useAppStore.getState();
const ids = () => store().draft!.scenes.map((s) => s.id);
const captions = () => store().draft!.scenes.map((s) => s.caption.en);

/** Points the map somewhere, as the author does before adding a scene. */
function lookAt(lon: number, lat: number, zoom: number): void {
  useAppStore.setState({ camera: { center: [lon, lat], zoom, bearing: 0, pitch: 0 } });
}

function typeCaption(at: number, en: string): void {
  store().editDraft(
    (d) => replaceScene(d, at, { ...d.scenes[at]!, caption: { ...d.scenes[at]!.caption, en } }),
    `${d().scenes[at]!.id}.caption.en`,
  );
}
const d = () => store().draft!;

/** A new draft with scenes at three places, captioned one, two, three. */
function threeScenes(): void {
  store().startDraft(undefined, 1_700_000_000_000);
  lookAt(114.3, 30.6, 5);
  store().addScene();
  typeCaption(0, 'one');
  lookAt(76, 39.5, 6);
  store().addScene();
  typeCaption(1, 'two');
  lookAt(69.3, 41.3, 7);
  store().addScene();
  typeCaption(2, 'three');
}

afterEach(() => resetAppStore());

describe('editor slice', () => {
  it('a new draft has its own id, no scenes, and counts as unsaved', () => {
    store().startDraft(undefined, 1_700_000_000_000);
    expect(d()).toMatchObject({ id: 'my-loyw3v28', scenes: [] });
    expect(store().draftUnsaved).toBe(true);
  });

  it('adds each scene after the current one, holding what the map shows then', () => {
    threeScenes();
    expect(ids()).toEqual(['scene-1', 'scene-2', 'scene-3']);
    expect(d().scenes.map((s) => s.camera)).toEqual([
      { center: [114.3, 30.6], zoom: 5 },
      { center: [76, 39.5], zoom: 6 },
      { center: [69.3, 41.3], zoom: 7 },
    ]);
    store().setDraftScene(0);
    lookAt(80, 40, 4);
    store().addScene();
    expect(ids()).toEqual(['scene-1', 'scene-4', 'scene-2', 'scene-3']);
    expect(store().draftScene).toBe(1);
  });

  it('captures filters, selection and a planned route from the map', () => {
    store().startDraft();
    useAppStore.setState({
      filters: { ...NO_FILTERS, corridors: ['cku'], year: 2024 },
      selected: 'kashgar',
      routePlan: { ...EMPTY_PLAN, from: ' wuhan ', to: 'tashkent' },
    });
    store().addScene();
    expect(d().scenes[0]).toMatchObject({
      filters: { corridors: ['cku'] },
      year: 2024,
      selection: 'kashgar',
      route: { from: 'wuhan', to: 'tashkent' },
    });
  });

  it('re-captures a scene from the map and keeps its caption', () => {
    threeScenes();
    lookAt(60, 45, 4);
    store().recaptureScene(1);
    expect(d().scenes[1]).toMatchObject({ id: 'scene-2', camera: { center: [60, 45], zoom: 4 } });
    expect(captions()).toEqual(['one', 'two', 'three']);
  });

  it('reorders, and the scene being edited follows the move', () => {
    threeScenes();
    store().moveDraftScene(2, 0);
    expect(captions()).toEqual(['three', 'one', 'two']);
    expect(store().draftScene).toBe(0);
    store().moveDraftScene(0, 5);
    expect(captions()).toEqual(['one', 'two', 'three']);
    expect(store().draftScene).toBe(2);
  });

  it('duplicates and deletes', () => {
    threeScenes();
    store().duplicateDraftScene(0);
    expect(captions()).toEqual(['one', 'one', 'two', 'three']);
    expect(new Set(ids()).size).toBe(4);
    expect(store().draftScene).toBe(1);
    store().deleteDraftScene(3);
    store().deleteDraftScene(0);
    expect(captions()).toEqual(['one', 'two']);
  });

  it('undo takes back one edit at a time; typing into one field is one edit', () => {
    threeScenes();
    typeCaption(2, 'three, longer');
    typeCaption(2, 'three, longer still');
    store().moveDraftScene(2, 0);
    store().deleteDraftScene(1);
    expect(captions()).toEqual(['three, longer still', 'two']);
    store().undoDraft();
    expect(captions()).toEqual(['three, longer still', 'one', 'two']);
    store().undoDraft();
    expect(captions()).toEqual(['one', 'two', 'three, longer still']);
    // The three keystrokes into scene 3's caption come back as one.
    store().undoDraft();
    expect(captions()).toEqual(['one', 'two', '']);
    store().undoDraft();
    expect(ids()).toEqual(['scene-1', 'scene-2']);
  });

  it('undo with nothing to take back changes nothing', () => {
    store().startDraft();
    const before = d();
    store().undoDraft();
    expect(d()).toBe(before);
  });

  it('a saved draft is unsaved again after the next edit', () => {
    threeScenes();
    store().markDraftSaved();
    expect(store().draftUnsaved).toBe(false);
    typeCaption(0, 'changed');
    expect(store().draftUnsaved).toBe(true);
  });

  it('plays the draft from the scene being edited', () => {
    threeScenes();
    store().setDraftScene(1);
    store().playDraft(storyDataset());
    expect(store().story).toEqual({ id: d().id, scene: 1 });
    expect(store().cameraIntent).toMatchObject({ kind: 'fly', camera: { center: [76, 39.5], zoom: 6 } });
  });
});

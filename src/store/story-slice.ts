// Story mode: which story and scene is open, the stories prepared to play, and how the presenter is looking at it.
// The scenes themselves are data (geo/stories); the state a scene sets is computed by the story engine (src/story)
// and applied in one update.
import type { StateCreator } from 'zustand';
import type { Dataset } from '../data/schema';
import { stepScene, type StepAction } from '../story/step';
import type { Viewport } from '../story/frame';
import type { Story } from '../story/schema';
import type { PreparedStory } from '../story/session';
import { storySession } from './story-session';
import { NO_FILTERS } from './filters-slice';
import type { AppState } from './index';
import { EMPTY_PLAN } from './route-slice';
import { sceneState } from './story-scene';

export interface StoryPosition {
  id: string;
  /** Counts from 0; the link and the progress show it from 1. */
  scene: number;
}

export interface StorySlice {
  story: StoryPosition | null;
  /** The scene whose state is on the map ("id#scene"); differs from `story` while the story is loading. */
  storyApplied: string | null;
  /** The presenter is panning freely; the scene stays open and "return to scene" restores its view. */
  storyExploring: boolean;
  storyNotes: boolean;
  /** Scenes advance by themselves after their duration, looping at the end (kiosk). */
  storyAutoplay: boolean;
  /** A video of the story is being made: the scenes are stepped by the recorder alone until it ends. */
  storyRecording: boolean;
  galleryOpen: boolean;
  /** Layers the map should draw progressively now; seq changes with every scene shown. */
  lineDraw: { layerIds: readonly string[]; seq: number } | null;
  /** Stories made ready to play on the loaded data, by id. */
  storyPrepared: Readonly<Record<string, PreparedStory>>;
  /** The map's size and what the story card covers of it, measured by the player; scenes are framed in the rest. */
  storyViewport: Viewport | null;
  openStory: (id: string, scene?: number) => void;
  closeStory: () => void;
  showScene: (scene: number, options?: { instant?: boolean }) => void;
  stepStory: (action: StepAction) => void;
  returnToScene: () => void;
  /** The scene's view again, e.g. after the map changed size for the presenter view. */
  frameScene: (instant?: boolean) => void;
  setStoryExploring: (on: boolean) => void;
  toggleStoryNotes: () => void;
  setStoryAutoplay: (on: boolean) => void;
  setStoryRecording: (on: boolean) => void;
  setGalleryOpen: (open: boolean) => void;
  /** Prepares a story on the data (kept when it is already prepared) and returns it. */
  prepareStory: (story: Story, data: Dataset) => PreparedStory;
  /** Plans the route lines of these scenes of the open story, when they draw a route not planned yet. */
  planStoryRoutes: (scenes: readonly number[]) => void;
  setStoryViewport: (viewport: Viewport | null) => void;
}

const nextSeq = (s: AppState) => (s.cameraIntent?.seq ?? 0) + 1;

export const createStorySlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], StorySlice> = (
  set,
  get,
) => ({
  story: null,
  storyApplied: null,
  storyExploring: false,
  storyNotes: false,
  storyAutoplay: false,
  storyRecording: false,
  galleryOpen: false,
  lineDraw: null,
  storyPrepared: {},
  storyViewport: null,
  openStory: (id, scene = 0) => set((s) => ({ ...sceneState(s, id, scene, nextSeq(s)), galleryOpen: false })),
  closeStory: () =>
    set({
      story: null,
      storyApplied: null,
      storyExploring: false,
      storyNotes: false,
      storyAutoplay: false,
      lineDraw: null,
      filters: NO_FILTERS,
      selected: null,
      routePlan: EMPTY_PLAN,
    }),
  showScene: (scene, options) => {
    const id = get().story?.id;
    if (id) set((s) => sceneState(s, id, scene, nextSeq(s), options?.instant));
  },
  stepStory: (action) => {
    // A keypress, the autoplay timer or the presenter's other window must not move the map under the recorder.
    if (get().storyRecording) return;
    const at = get().story;
    const count = at ? get().storyPrepared[at.id]?.patches.length : undefined;
    if (!at || !count) return;
    const next = stepScene(at.scene, count, action);
    if (next !== at.scene || get().storyExploring) get().showScene(next);
  },
  returnToScene: () => {
    const at = get().story;
    if (at) get().showScene(at.scene);
  },
  frameScene: (instant = true) => {
    const at = get().story;
    const patch = at ? get().storyPrepared[at.id]?.patches[at.scene] : undefined;
    if (patch && !get().storyExploring)
      get().moveCamera({ ...storySession().framed(patch.camera, get().storyViewport), instant });
  },
  setStoryExploring: (storyExploring) => set({ storyExploring }),
  toggleStoryNotes: () => set((s) => ({ storyNotes: !s.storyNotes })),
  setStoryAutoplay: (storyAutoplay) => set({ storyAutoplay }),
  setStoryRecording: (storyRecording) => set({ storyRecording }),
  setGalleryOpen: (galleryOpen) => set({ galleryOpen }),
  prepareStory: (story, data) => {
    const done = get().storyPrepared[story.id];
    const prepared = storySession().prepareStory(story, data, done);
    if (prepared !== done) set((s) => ({ storyPrepared: { ...s.storyPrepared, [story.id]: prepared } }));
    return prepared;
  },
  planStoryRoutes: (scenes) => {
    const id = get().story?.id;
    const prepared = id ? get().storyPrepared[id] : undefined;
    if (!id || !prepared) return;
    const planned = storySession().withRoutes(prepared, scenes);
    if (planned !== prepared) set((s) => ({ storyPrepared: { ...s.storyPrepared, [id]: planned } }));
  },
  setStoryViewport: (storyViewport) => set({ storyViewport }),
});

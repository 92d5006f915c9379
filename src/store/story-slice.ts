// Story mode: which story and scene is open, and how the presenter is looking at it. The scenes themselves are
// data (geo/stories); the state a scene sets is computed by the story engine and applied in one update.
import type { StateCreator } from 'zustand';
import { sceneState } from '../story/apply';
import { stepScene, type StepAction } from '../story/engine';
import { framed, storyViewport } from '../story/frame';
import { preparedStory } from '../story/session';
import { NO_FILTERS } from './filters-slice';
import type { AppState } from './index';
import { EMPTY_PLAN } from './route-slice';

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
  galleryOpen: boolean;
  /** Layers the map should draw progressively now; seq changes with every scene shown. */
  lineDraw: { layerIds: readonly string[]; seq: number } | null;
  /** Counts route lines planned ahead for neighbouring scenes, so the story's map source can take them in. */
  storyPrefetched: number;
  openStory: (id: string, scene?: number) => void;
  closeStory: () => void;
  showScene: (scene: number, options?: { instant?: boolean }) => void;
  stepStory: (action: StepAction) => void;
  returnToScene: () => void;
  /** The scene's view again, e.g. after the map changed size for the presenter view. */
  frameScene: (instant?: boolean) => void;
  setStoryExploring: (on: boolean) => void;
  toggleStoryNotes: () => void;
  setGalleryOpen: (open: boolean) => void;
  notePrefetched: () => void;
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
  galleryOpen: false,
  lineDraw: null,
  storyPrefetched: 0,
  openStory: (id, scene = 0) => set((s) => ({ ...sceneState(id, scene, nextSeq(s)), galleryOpen: false })),
  closeStory: () =>
    set({
      story: null,
      storyApplied: null,
      storyExploring: false,
      storyNotes: false,
      lineDraw: null,
      filters: NO_FILTERS,
      selected: null,
      routePlan: EMPTY_PLAN,
    }),
  showScene: (scene, options) => {
    const id = get().story?.id;
    if (id) set((s) => sceneState(id, scene, nextSeq(s), options?.instant));
  },
  stepStory: (action) => {
    const at = get().story;
    const count = at ? preparedStory(at.id)?.patches.length : undefined;
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
    const patch = at ? preparedStory(at.id)?.patches[at.scene] : undefined;
    if (patch && !get().storyExploring) get().moveCamera({ ...framed(patch.camera, storyViewport()), instant });
  },
  setStoryExploring: (storyExploring) => set({ storyExploring }),
  toggleStoryNotes: () => set((s) => ({ storyNotes: !s.storyNotes })),
  setGalleryOpen: (galleryOpen) => set({ galleryOpen }),
  notePrefetched: () => set((s) => ({ storyPrefetched: s.storyPrefetched + 1 })),
});

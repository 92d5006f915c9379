// The story editor: the author's draft, the scene being edited, the versions before each edit (undo), and whether
// the draft has changed since it was last saved as a file. Drafts are kept in the browser as they are typed
// (player/editor/drafts.ts); the story format is the one of geo/stories.
import type { StateCreator } from 'zustand';
import type { Dataset } from '../data/schema';
import {
  captureScene,
  copyOf,
  duplicateScene,
  emptyStory,
  freeSceneId,
  insertScene,
  moveScene,
  newStoryId,
  removeScene,
  replaceScene,
  type MapView,
} from '../story/draft';
import type { Story } from '../story/schema';
import type { AppState } from './index';

/** Undo keeps this many versions of the draft. */
const UNDO_DEPTH = 100;

export interface EditorSlice {
  draft: Story | null;
  /** The scene the editor shows, counting from 0. */
  draftScene: number;
  draftUndo: readonly Story[];
  /** The draft changed since it was opened or last saved as a file. */
  draftUnsaved: boolean;
  /** The kind of the last edit when it may merge with the next in undo (typing into one field). */
  draftCoalesce: string | null;
  /** Starts a new story, or the author's copy of `from`. */
  startDraft: (from?: Story, now?: number) => void;
  /** Opens a draft kept earlier (my stories, a story file, a link). */
  openDraft: (story: Story, unsaved?: boolean) => void;
  closeDraft: () => void;
  /** Any edit of the draft; `coalesce` merges it with the previous edit in undo (typing one text). */
  editDraft: (edit: (story: Story) => Story, coalesce?: string) => void;
  /** A new scene after the current one, holding what the map shows now. */
  addScene: () => void;
  recaptureScene: (at: number) => void;
  moveDraftScene: (from: number, to: number) => void;
  duplicateDraftScene: (at: number) => void;
  deleteDraftScene: (at: number) => void;
  setDraftScene: (at: number) => void;
  undoDraft: () => void;
  markDraftSaved: () => void;
  /** Plays the draft from the scene the editor shows. */
  playDraft: (data: Dataset) => void;
}

/** The map's state as the draft sees it. */
export function mapView(s: AppState): MapView {
  const p = s.routePlan;
  return {
    camera: s.camera,
    filters: s.filters,
    selected: s.selected,
    route: p.from.trim() && p.to.trim() ? { ...p, from: p.from.trim(), to: p.to.trim() } : null,
  };
}

export const createEditorSlice: StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], EditorSlice> = (
  set,
  get,
) => {
  const edit = (next: (story: Story) => Story, scene?: (story: Story) => number, coalesce?: string) =>
    set((s) => {
      if (!s.draft) return s;
      const story = next(s.draft);
      if (story === s.draft) return s;
      const merge = coalesce !== undefined && coalesce === s.draftCoalesce;
      return {
        draftCoalesce: coalesce ?? null,
        draft: story,
        draftUndo: merge ? s.draftUndo : [...s.draftUndo.slice(-UNDO_DEPTH + 1), s.draft],
        draftScene: scene ? scene(story) : Math.min(s.draftScene, Math.max(0, story.scenes.length - 1)),
        draftUnsaved: true,
      };
    });
  return {
    draft: null,
    draftScene: 0,
    draftUndo: [],
    draftUnsaved: false,
    draftCoalesce: null,
    startDraft: (from, now = Date.now()) => {
      const id = newStoryId(now);
      set({
        draft: from ? copyOf(from, id) : emptyStory(id),
        draftScene: 0,
        draftUndo: [],
        draftUnsaved: true,
        galleryOpen: false,
      });
    },
    openDraft: (story, unsaved = false) =>
      set({ draft: story, draftScene: 0, draftUndo: [], draftUnsaved: unsaved, galleryOpen: false }),
    closeDraft: () => set({ draft: null, draftScene: 0, draftUndo: [], draftUnsaved: false }),
    editDraft: (next, coalesce) => edit(next, undefined, coalesce),
    addScene: () => {
      const view = mapView(get());
      const at = get().draft?.scenes.length ? get().draftScene + 1 : 0;
      edit(
        (d) => insertScene(d, at, captureScene(view, freeSceneId(d))),
        () => at,
      );
    },
    recaptureScene: (at) => {
      const view = mapView(get());
      edit((d) => {
        const old = d.scenes[at];
        return old ? replaceScene(d, at, captureScene(view, old.id, old)) : d;
      });
    },
    moveDraftScene: (from, to) =>
      edit(
        (d) => moveScene(d, from, to),
        (d) => Math.max(0, Math.min(d.scenes.length - 1, to)),
      ),
    duplicateDraftScene: (at) =>
      edit(
        (d) => duplicateScene(d, at),
        () => at + 1,
      ),
    deleteDraftScene: (at) => edit((d) => removeScene(d, at)),
    setDraftScene: (draftScene) => set({ draftScene }),
    undoDraft: () =>
      set((s) => {
        const previous = s.draftUndo.at(-1);
        if (!previous) return s;
        return {
          draftCoalesce: null,
          draft: previous,
          draftUndo: s.draftUndo.slice(0, -1),
          draftScene: Math.min(s.draftScene, Math.max(0, previous.scenes.length - 1)),
          draftUnsaved: true,
        };
      }),
    markDraftSaved: () => set({ draftUnsaved: false }),
    playDraft: (data) => {
      const { draft, draftScene } = get();
      if (!draft?.scenes.length) return;
      get().prepareStory(draft, data);
      get().openStory(draft.id, draftScene);
    },
  };
};

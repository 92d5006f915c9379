// The player's keys, on the whole page while a story is open: they never fire while typing in a field, while a
// dialog is open, while a video of the story is being made, or (when exploring) when the map itself has focus and
// wants its arrow keys to pan.
import { useEffect } from 'react';
import { useAppStore } from '../store';
import { keyAction } from '../story/keys';

export function useStoryKeys(togglePresenter: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useAppStore.getState();
      if (!s.story || s.galleryOpen || s.storyRecording || document.querySelector('[aria-modal="true"]')) return;
      const onMap = e.target instanceof Element && e.target.closest('.maplibregl-canvas-container, .maplibregl-canvas');
      if (s.storyExploring && onMap && e.key.startsWith('Arrow')) return;
      const action = keyAction(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      if (action === 'notes') s.toggleStoryNotes();
      else if (action === 'present') togglePresenter();
      else s.stepStory(action);
    };
    // Capture: the map's own keyboard handler must not pan while the arrows step through scenes.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [togglePresenter]);
}

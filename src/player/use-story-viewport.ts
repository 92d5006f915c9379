// Reports the map's size and how much of it the story card and, while an author edits, the editor panel cover (on a
// phone the card sits over the top of the map; the editor over its left), so scenes are framed in the part the
// audience sees. When that part changes a lot (a longer caption, a turned phone, the editor opened or closed) the
// scene is framed again.
import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../store';
import { coveredInsets, type Insets } from '../story/frame';

/** Changes smaller than this keep the current framing: no camera nudge for one more line of caption. */
const REFRAME_PX = 40;
const SIDES = ['top', 'right', 'bottom', 'left'] as const;

export function useStoryViewport(stage: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const card = stage.current;
    const main = card?.closest<HTMLElement>('.main');
    const map = main?.querySelector<HTMLElement>('.map');
    if (!card || !main || !map) return;
    const { setStoryViewport } = useAppStore.getState();
    let last: Insets | null = null;
    const measure = () => {
      const box = map.getBoundingClientRect();
      const editor = main.querySelector('.story-editor');
      const covers = [card, ...(editor ? [editor] : [])].map((el) => coveredInsets(box, el.getBoundingClientRect()));
      const side = (k: (typeof SIDES)[number]) => Math.max(...covers.map((c) => c[k]));
      const inset: Insets = { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') };
      setStoryViewport({ width: box.width, height: box.height, inset });
      // The scene that opened the player was framed before anything was measured: as if nothing covered the map.
      const before = last ?? { top: 0, right: 0, bottom: 0, left: 0 };
      const changed = SIDES.some((k) => Math.abs(inset[k] - before[k]) > REFRAME_PX);
      last = inset;
      if (changed) useAppStore.getState().frameScene(false);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return () => setStoryViewport(null);
    const observer = new ResizeObserver(measure);
    observer.observe(card);
    observer.observe(map);
    // The editor comes and goes inside the main area; measured again only when it does.
    let editing = Boolean(main.querySelector('.story-editor'));
    const children = new MutationObserver(() => {
      if (Boolean(main.querySelector('.story-editor')) === editing) return;
      editing = !editing;
      measure();
    });
    children.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      children.disconnect();
      setStoryViewport(null);
    };
  }, [stage]);
}

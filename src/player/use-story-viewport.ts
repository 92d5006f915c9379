// Reports the map's size and how much of it the story card covers (on a phone the card sits over the top of the
// map), so scenes are framed in the part the audience sees. When the card's size changes a lot (a longer caption,
// a turned phone) the scene is framed again.
import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../store';
import { coveredInsets, type Insets } from '../story/frame';

/** Changes smaller than this keep the current framing: no camera nudge for one more line of caption. */
const REFRAME_PX = 40;
const SIDES = ['top', 'right', 'bottom', 'left'] as const;

export function useStoryViewport(stage: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const card = stage.current;
    const map = card?.closest('.main')?.querySelector<HTMLElement>('.map');
    if (!card || !map) return;
    const { setStoryViewport } = useAppStore.getState();
    let last: Insets | null = null;
    const measure = () => {
      const box = map.getBoundingClientRect();
      const inset = coveredInsets(box, card.getBoundingClientRect());
      setStoryViewport({ width: box.width, height: box.height, inset });
      const changed = last !== null && SIDES.some((k) => Math.abs(inset[k] - last![k]) > REFRAME_PX);
      last = inset;
      if (changed) useAppStore.getState().frameScene(false);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return () => setStoryViewport(null);
    const observer = new ResizeObserver(measure);
    observer.observe(card);
    observer.observe(map);
    return () => {
      observer.disconnect();
      setStoryViewport(null);
    };
  }, [stage]);
}

// The presenter view: the whole app in fullscreen (Fullscreen API on the app root), the story column wider and
// its captions large.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useAppStore } from '../store';

/** Time for the map to take its new size before the scene is framed again. */
const RESIZE_MS = 250;

export function usePresenter(inside: RefObject<HTMLElement | null>): { presenting: boolean; toggle: () => void } {
  const [presenting, setPresenting] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sync = () => {
      setPresenting(Boolean(document.fullscreenElement));
      // The map is wider or narrower now: frame the scene for the screen the audience sees.
      clearTimeout(timer);
      timer = setTimeout(() => useAppStore.getState().frameScene(), RESIZE_MS);
    };
    document.addEventListener('fullscreenchange', sync);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('fullscreenchange', sync);
    };
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen?.();
      return;
    }
    const root = inside.current?.closest<HTMLElement>('.app') ?? document.documentElement;
    // Browsers that refuse (no user gesture, iframes without permission) leave the page as it was.
    root.requestFullscreen?.()?.catch(() => setPresenting(false));
  }, [inside]);
  return { presenting, toggle };
}

// The presenter view: the whole app in fullscreen (Fullscreen API on the app root), captions large.
import { useCallback, useEffect, useState, type RefObject } from 'react';

export function usePresenter(inside: RefObject<HTMLElement | null>): { presenting: boolean; toggle: () => void } {
  const [presenting, setPresenting] = useState(false);
  useEffect(() => {
    const sync = () => setPresenting(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
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

// Autoplay: while it is on and the presenter is not exploring, the scene on screen opens the next one after its
// duration, and the last opens the first. A step by hand starts the wait again from the scene it lands on.
// "#autoplay" in the link turns it on when the story opens.
import { useEffect } from 'react';
import { useAppStore } from '../store';
import { autoplayInHash, autoplayNext, sceneSeconds } from '../story/autoplay';
import type { PreparedStory } from '../story/session';

export function useAutoplay(prepared: PreparedStory | null): void {
  useEffect(() => {
    if (autoplayInHash(window.location.hash)) useAppStore.getState().setStoryAutoplay(true);
  }, []);
  const on = useAppStore((s) => s.storyAutoplay && !s.storyExploring);
  const scene = useAppStore((s) => s.story?.scene ?? 0);
  const applied = useAppStore((s) => s.storyApplied);
  useEffect(() => {
    if (!on || !prepared || !applied) return;
    const count = prepared.story.scenes.length;
    const timer = setTimeout(
      () => useAppStore.getState().showScene(autoplayNext(scene, count)),
      sceneSeconds(prepared.story.scenes[scene]) * 1000,
    );
    return () => clearTimeout(timer);
  }, [on, prepared, scene, applied]);
}

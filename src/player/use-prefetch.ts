// While the audience reads a scene, plan the route lines of the scenes next to it, so stepping on costs no
// planner time and the story's map source already holds what the next scene draws.
import { useEffect } from 'react';
import { useAppStore } from '../store';
import { prefetchScenes, type PreparedStory } from '../story/session';

export function usePrefetch(prepared: PreparedStory, scene: number): void {
  useEffect(() => {
    const run = () => useAppStore.getState().planStoryRoutes(prefetchScenes(prepared, scene));
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(run, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(run, 200);
    return () => clearTimeout(handle);
  }, [prepared, scene]);
}

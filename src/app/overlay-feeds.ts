// Layers that parts loaded on first use (the planner's route, an open story) add to the atlas overlay. Those parts
// are not in the first view's bundle, so they publish their layers here rather than being called as hooks.
import { useSyncExternalStore } from 'react';
import type { Overlay } from '../map/style';

export type FeedName = 'route' | 'story' | 'measure';

const feeds: Record<FeedName, Overlay | null> = { route: null, story: null, measure: null };
const listeners = new Set<() => void>();

export function publishFeed(name: FeedName, overlay: Overlay | null): void {
  if (feeds[name] === overlay) return;
  feeds[name] = overlay;
  listeners.forEach((l) => l());
}

export function useFeed(name: FeedName): Overlay | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => feeds[name],
  );
}

const add = (base: Overlay, extra: Overlay | null): Overlay =>
  !extra || (!extra.layers.length && !Object.keys(extra.sources).length)
    ? base
    : { sources: { ...base.sources, ...extra.sources }, layers: [...base.layers, ...extra.layers] };

/**
 * The atlas with the story's layers (which already hold the route's, see StoryFeed), else the route's, and the
 * measure tool's on top.
 */
export function withFeeds(
  atlas: Overlay,
  route: Overlay | null,
  story: Overlay | null,
  measure: Overlay | null = null,
): Overlay {
  return add(add(atlas, story ?? route), measure);
}

// The map owner's side of the progressive drawing (map/draw-progressive.ts): that code is a story's, so it is fetched
// when a story opens, well before a scene's line can be drawn (its layers wait for the legs' full geometry).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../store';

const loadDrawing = () => import('./draw-progressive');

/** Draws what the store asks for (a story scene's route or corridor) each time the request changes. */
export function useProgressiveDraw(mapRef: RefObject<MapLibreMap | null>): void {
  const storyOpen = useAppStore((s) => s.story !== null);
  const request = useAppStore((s) => s.lineDraw);
  useEffect(() => {
    if (storyOpen) void loadDrawing();
  }, [storyOpen]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !request) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void loadDrawing().then(({ drawProgressively }) => {
      if (!cancelled) stop = drawProgressively(map, request.layerIds);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [mapRef, request]);
}

// The map the owner created, for the exports that read it (map/snapshot.ts for the picture, map/capture.ts for the
// video). Apart from them so the first view holds this handle and not the exports' code.
import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;

/** Called by the map owner; returns the detach function for its cleanup. */
export function attachSnapshots(map: MapLibreMap): () => void {
  current = map;
  return () => {
    if (current === map) current = null;
  };
}

/** The map the owner attached, or null before it has made one (or after it is gone). */
export const attachedMap = (): MapLibreMap | null => current;

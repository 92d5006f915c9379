// Selecting a record from a panel also brings it into view: the camera fits the record's extent (the map module
// turns that into an animated or instant move depending on the reader's motion preference).
import { bbox } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { AtlasIndex } from '../data/indexes';
import { useAppStore } from '../store';
import type { Bounds } from '../store/camera-slice';

function geometries(index: AtlasIndex, id: string, seen = new Set<string>()): Geometry[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const r = index.byId.get(id);
  if (!r) return [];
  if (r.type !== 'corridor') return [r.geometry];
  const legs = (index.segmentsOf.get(id) ?? []).flatMap((s) => geometries(index, s.id, seen));
  return [...legs, ...(index.childrenOf.get(id) ?? []).flatMap((c) => geometries(index, c, seen))];
}

/** West, south, east, north of everything the record covers; null for a corridor without legs. */
export function extentOf(index: AtlasIndex, id: string): Bounds | null {
  const gs = geometries(index, id);
  if (!gs.length) return null;
  const [w, s, e, n] = bbox({ type: 'GeometryCollection', geometries: gs });
  // A point has no extent; a small margin keeps the fit well defined.
  const m = e - w < 0.05 && n - s < 0.05 ? 0.05 : 0;
  return [w - m, s - m, e + m, n + m];
}

export function showRecord(index: AtlasIndex, id: string): void {
  const store = useAppStore.getState();
  store.select(id);
  const bounds = extentOf(index, id);
  // maxZoom keeps a place at a regional view rather than the closest zoom.
  if (bounds) store.moveCamera({ kind: 'fit', bounds, maxZoom: 7 });
}

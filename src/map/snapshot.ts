// A still of the map for the PNG export. The map is created with preserveDrawingBuffer, so its canvas can be
// read; waiting for the next render makes sure the picture holds the latest style (filters, language).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCES } from '../layers/overlay-common';

let current: MapLibreMap | null = null;

/** Called by the map owner; returns the detach function for its cleanup. */
export function attachSnapshots(map: MapLibreMap): () => void {
  current = map;
  return () => {
    if (current === map) current = null;
  };
}

export interface MapSnapshot {
  /** A copy of the map canvas, in device pixels. */
  image: HTMLCanvasElement;
  /** The map's size on screen, in CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** The attribution the map shows, as plain text. */
  attribution: string;
  /** West, south, east, north of the view. */
  bounds: [number, number, number, number];
  /** What the atlas's own layers drew inside a box of the map (CSS pixels), so the legend names exactly that. */
  drawnIn: (box: [[number, number], [number, number]]) => DrawnFeature[];
}

/** One record drawn in the view; a leg shared by corridors is drawn once per corridor, each lane its own entry. */
export interface DrawnFeature {
  id: string;
  /** The corridor a leg's lane is drawn for ('' for a leg drawn without one). */
  corridor?: string;
}

const OVERLAY_SOURCES = new Set<string>(Object.values(SOURCES));

/** The atlas records the map has drawn inside its canvas, each (record, corridor lane) once. */
function drawnFeatures(map: MapLibreMap, box: [[number, number], [number, number]]): DrawnFeature[] {
  const seen = new Map<string, DrawnFeature>();
  const layers = map
    .getStyle()
    .layers.filter((l) => 'source' in l && OVERLAY_SOURCES.has(l.source))
    .map((l) => l.id);
  for (const f of map.queryRenderedFeatures(box, { layers })) {
    const id = f.properties?.id;
    if (typeof id !== 'string') continue;
    const corridor = typeof f.properties.corridor === 'string' ? f.properties.corridor : undefined;
    seen.set(`${id}\u0000${corridor ?? ''}`, corridor === undefined ? { id } : { id, corridor });
  }
  return [...seen.values()];
}

const SETTLE_MS = 8000;

/** Resolves once the map is idle (tiles loaded), or after a while so a missing tile cannot block the export. */
function settled(map: MapLibreMap): Promise<void> {
  if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, SETTLE_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The map the owner attached, for the video capture beside this file (map/capture.ts). */
export const attachedMap = (): MapLibreMap | null => current;

/** The map's width on screen in CSS pixels, 0 without a map. */
export function mapCssWidth(): number {
  return current?.getCanvas().clientWidth ?? 0;
}

/**
 * `pixelRatio` draws the map sharper than the screen for the copy (print, slides); the screen's own ratio comes
 * back afterwards.
 */
export async function mapSnapshot(pixelRatio?: number): Promise<MapSnapshot | null> {
  const map = current;
  if (!map) return null;
  const screenRatio = map.getPixelRatio();
  if (pixelRatio && pixelRatio !== screenRatio) map.setPixelRatio(pixelRatio);
  try {
    await settled(map);
    return await copyOnRender(map);
  } finally {
    if (map.getPixelRatio() !== screenRatio) map.setPixelRatio(screenRatio);
  }
}

function copyOnRender(map: MapLibreMap): Promise<MapSnapshot> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const image = document.createElement('canvas');
      image.width = src.width;
      image.height = src.height;
      image.getContext('2d')?.drawImage(src, 0, 0);
      const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
      const b = map.getBounds();
      resolve({
        image,
        cssWidth: src.clientWidth,
        cssHeight: src.clientHeight,
        attribution: attribution.trim(),
        bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
        drawnIn: (box) => drawnFeatures(map, box),
      });
    });
    map.triggerRepaint();
  });
}

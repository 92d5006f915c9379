// A still of the map for the PNG export. The map is created with preserveDrawingBuffer, so its canvas can be
// read; waiting for the next render makes sure the picture holds the latest style (filters, language).
import type { Map as MapLibreMap } from 'maplibre-gl';

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
  /** West, south, east, north of the view, so the legend can name only what is in it. */
  bounds: [number, number, number, number];
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
      });
    });
    map.triggerRepaint();
  });
}

// A still of the map for the PNG export. The map does not keep its drawing buffer, so the canvas is copied inside
// the next frame's `render` event, while the frame is there; that frame also holds the latest style (filters,
// language).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { SOURCES } from '../layers/overlay-common';
import { PROJECT_LAYERS } from '../layers/project-style';
import { attachedMap } from './attached';

export interface MapSnapshot {
  /** A copy of the map canvas, in device pixels. */
  image: HTMLCanvasElement;
  /** The map's size on screen, in CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** The attribution the map shows, as plain text. */
  attribution: string;
  /** What the atlas's own layers drew inside a box of the map (CSS pixels), so the legend names exactly that. */
  drawnIn: (box: [[number, number], [number, number]]) => DrawnFeature[];
}

/** One record drawn in the view; a leg shared by corridors is drawn once per corridor, each lane its own entry. */
export interface DrawnFeature {
  id: string;
  /** The corridor a leg's lane is drawn for ('' for a leg drawn without one). */
  corridor?: string;
  /** A project drawn inside a counted disc with its neighbours, not as a point of its own. */
  grouped?: true;
}

/** The projects inside each counted disc the map drew, by the disc's cluster id. */
type ClusterLeaves = ReadonlyMap<number, string[]>;

const OVERLAY_SOURCES = new Set<string>(Object.values(SOURCES));

/** The atlas records the map has drawn inside its canvas, each (record, corridor lane) once. */
function drawnFeatures(
  map: MapLibreMap,
  box: [[number, number], [number, number]],
  leaves: ClusterLeaves,
): DrawnFeature[] {
  const seen = new Map<string, DrawnFeature>();
  const layers = map
    .getStyle()
    .layers.filter((l) => 'source' in l && OVERLAY_SOURCES.has(l.source))
    .map((l) => l.id);
  for (const f of map.queryRenderedFeatures(box, { layers })) {
    const cluster = f.properties?.cluster_id;
    if (typeof cluster === 'number')
      for (const id of leaves.get(cluster) ?? []) seen.set(`${id}\u0000`, { id, grouped: true });
    const id = f.properties?.id;
    if (typeof id !== 'string') continue;
    const corridor = typeof f.properties.corridor === 'string' ? f.properties.corridor : undefined;
    seen.set(`${id}\u0000${corridor ?? ''}`, corridor === undefined ? { id } : { id, corridor });
  }
  return [...seen.values()];
}

/** The projects inside every counted disc drawn on the canvas, asked of the source once per picture. */
async function clusterLeaves(map: MapLibreMap): Promise<ClusterLeaves> {
  const source = map.getSource<GeoJSONSource>(SOURCES.projectPoints);
  const out = new Map<number, string[]>();
  if (!source || !map.getLayer(PROJECT_LAYERS.clusters)) return out;
  for (const f of map.queryRenderedFeatures({ layers: [PROJECT_LAYERS.clusters] })) {
    const cluster = f.properties?.cluster_id;
    if (typeof cluster !== 'number' || out.has(cluster)) continue;
    const points = await source.getClusterLeaves(cluster, Infinity, 0).catch(() => []);
    out.set(
      cluster,
      points.map((p) => p.properties?.id).filter((id): id is string => typeof id === 'string'),
    );
  }
  return out;
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

/** A view's size in CSS pixels. */
export interface ViewSize {
  width: number;
  height: number;
}

/**
 * The zoom that shows, in a view of another size, what a view of `from` at `zoom` shows, cut the way a slide cuts a
 * picture (the middle kept, never stretched): labels keep their size in CSS pixels, so a phone's narrow view drawn
 * for a wide slide gets its labels no larger than a desktop's.
 */
export function zoomForSize(zoom: number, from: ViewSize, to: ViewSize): number {
  return zoom + Math.log2(Math.max(to.width / from.width, to.height / from.height));
}

export interface SnapshotOptions {
  /** Draws the map sharper than the screen for the copy (print, slides). */
  pixelRatio?: number;
  /** Draws the map at this size in CSS pixels, the same part of the world in view, whatever the screen's size. */
  size?: ViewSize;
}

/**
 * A still of the map handed to `withSnapshot` while the map is still drawn as asked (its legend queries need
 * that); the screen's own ratio, size and camera come back afterwards.
 */
export async function mapSnapshot<T>(
  withSnapshot: (snap: MapSnapshot) => T,
  options: SnapshotOptions = {},
): Promise<T | null> {
  const map = attachedMap();
  if (!map) return null;
  const { pixelRatio, size } = options;
  const screenRatio = map.getPixelRatio();
  const container = map.getContainer();
  const style = container.getAttribute('style');
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  if (pixelRatio && pixelRatio !== screenRatio) map.setPixelRatio(pixelRatio);
  if (size) {
    const from = { width: container.clientWidth || 1, height: container.clientHeight || 1 };
    container.style.width = `${size.width}px`;
    container.style.height = `${size.height}px`;
    container.style.flex = 'none';
    map.resize();
    map.jumpTo({ center: camera.center, zoom: zoomForSize(camera.zoom, from, size) });
  }
  try {
    await settled(map);
    const leaves = await clusterLeaves(map);
    return withSnapshot(await copyOnRender(map, leaves));
  } finally {
    if (map.getPixelRatio() !== screenRatio) map.setPixelRatio(screenRatio);
    if (size) {
      if (style === null) container.removeAttribute('style');
      else container.setAttribute('style', style);
      map.resize();
      map.jumpTo(camera);
    }
  }
}

function copyOnRender(map: MapLibreMap, leaves: ClusterLeaves): Promise<MapSnapshot> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const image = document.createElement('canvas');
      image.width = src.width;
      image.height = src.height;
      image.getContext('2d')?.drawImage(src, 0, 0);
      const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
      resolve({
        image,
        cssWidth: src.clientWidth,
        cssHeight: src.clientHeight,
        attribution: attribution.trim(),
        drawnIn: (box) => drawnFeatures(map, box, leaves),
      });
    });
    map.triggerRepaint();
  });
}

// Turning map failures into words a reader understands.
import type { ErrorEvent as MapErrorEvent, StyleSpecification } from 'maplibre-gl';

export function styleErrorDetail(e: MapErrorEvent & { sourceId?: string; tile?: unknown }): {
  basemap: boolean;
  text: string;
} {
  const message = e.error?.message ?? 'unknown error';
  const fromBasemap = e.sourceId === 'basemap' || /basemap/.test(message);
  const status = (e.error as { status?: number } | undefined)?.status;
  const text = status ? `HTTP ${status}` : message.slice(0, 120);
  return { basemap: fromBasemap, text };
}

export async function loadForeignStyle(url: string): Promise<StyleSpecification> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  const json = (await res.json()) as StyleSpecification;
  if (json.version !== 8 || !Array.isArray(json.layers)) throw new Error(`${url} is not a MapLibre style`);
  return json;
}

/**
 * MapLibre treats a missing vector tile (404) as an empty one, so a basemap that was never deployed would
 * draw as a blank sea without a word. Its TileJSON manifest is checked once at start-up instead.
 */
export async function verifyEmbeddedBasemap(metadataUrl: string): Promise<void> {
  const res = await fetch(metadataUrl);
  if (!res.ok) throw new Error(`HTTP ${res.status} for basemap/metadata.json`);
  let meta: unknown;
  try {
    meta = await res.json();
  } catch {
    throw new Error('basemap/metadata.json is not valid JSON');
  }
  const m = meta as { tiles?: unknown; vector_layers?: unknown };
  if (!Array.isArray(m.tiles) || !Array.isArray(m.vector_layers))
    throw new Error('basemap/metadata.json is not a tile manifest');
  // The manifest can be there while every tile is not (a partial deploy, a proxy refusing .pbf): the one tile of
  // zoom 0 stands for them, since MapLibre would draw a missing tile as empty sea without a word. Asked for its
  // headers only: the first view does not draw zoom 0, so its body would be bytes downloaded for nothing.
  const tile = await fetch(new URL('tiles/0/0/0.pbf', metadataUrl).href, { method: 'HEAD' });
  if (!tile.ok) throw new Error(`HTTP ${tile.status} for basemap/tiles/0/0/0.pbf`);
  if (tile.headers.get('content-length') === '0') throw new Error('basemap/tiles/0/0/0.pbf is empty');
}

/**
 * MapLibre draws nothing and says nothing when its worker script is missing. When the map has not loaded after a
 * while, the worker's address is asked directly; a failure there is the likely cause, in words.
 */
export async function workerProblem(workerUrl: string): Promise<string | null> {
  try {
    // Headers only: on a slow phone the watchdog can fire while the map is still loading, and the worker is large.
    const res = await fetch(workerUrl, { cache: 'no-store', method: 'HEAD' });
    if (!res.ok) return `HTTP ${res.status} for ${new URL(workerUrl).pathname.split('/').pop()}`;
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

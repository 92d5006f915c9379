// MapLibre's web worker: where its script is, and starting it before the map exists. The worker parses the
// basemap's tiles and tiles the atlas's data; started from the page's first line, it fetches and compiles its
// script while the page boots (the strings, the data, React's first render) instead of after the map is made.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import url from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export const workerUrl = url;
setWorkerUrl(url);

/** Starts the worker the map will use; the map made later takes it over. */
export function warmMapWorker(): void {
  prewarm();
}

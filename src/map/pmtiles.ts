// PMTiles archives are read by HTTP range requests through a custom protocol, only when configured. The reader
// (and its decompressor) is loaded on the first tile request, so the default build does not carry it.
import type * as MapLibre from 'maplibre-gl';
import type { Protocol } from 'pmtiles';

let registered = false;
let protocol: Promise<Protocol> | undefined;

export function registerPmtiles(maplibregl: typeof MapLibre): void {
  if (registered) return;
  maplibregl.addProtocol('pmtiles', async (params, abortController) => {
    protocol ??= import('pmtiles').then((m) => new m.Protocol());
    return (await protocol).tile(params, abortController);
  });
  registered = true;
}

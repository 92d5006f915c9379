// PMTiles archives are read by HTTP range requests through a custom protocol, only when configured. The reader
// (and its decompressor) is loaded on the first tile request, so the default build does not carry it.
import type { addProtocol } from 'maplibre-gl';
import type { Protocol } from 'pmtiles';

let registered = false;
let protocol: Promise<Protocol> | undefined;

export function registerPmtiles(add: typeof addProtocol): void {
  if (registered) return;
  add('pmtiles', async (params, abortController) => {
    protocol ??= import('pmtiles').then((m) => new m.Protocol());
    return (await protocol).tile(params, abortController);
  });
  registered = true;
}

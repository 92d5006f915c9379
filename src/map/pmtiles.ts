// PMTiles archives are read by HTTP range requests through a custom protocol, only when configured.
import { Protocol } from 'pmtiles';
import type * as MapLibre from 'maplibre-gl';

let registered = false;

export function registerPmtiles(maplibregl: typeof MapLibre): void {
  if (registered) return;
  const protocol = new Protocol();
  maplibregl.addProtocol('pmtiles', protocol.tile);
  registered = true;
}

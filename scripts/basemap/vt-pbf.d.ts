// vt-pbf ships no types; only the geojson-vt entry point is used.
declare module 'vt-pbf' {
  interface TileLayer {
    features: unknown[];
  }
  export function fromGeojsonVt(
    layers: Record<string, TileLayer>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}

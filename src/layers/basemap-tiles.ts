// What the committed basemap tiles cover. Shared by the tile build script (which writes exactly these
// tiles) and the style (which tells MapLibre never to ask for anything outside them).

/** West, south, east, north in degrees: the Eurasian corridor region of the staged Natural Earth data. */
export const BASEMAP_BOUNDS: [number, number, number, number] = [-25, -12, 180, 82];
/**
 * The land east of 180° the staged data keeps (Chukotka's eastern tip, the Bering Strait), on the Northern Sea
 * Route. MapLibre clamps a source's bounds to ±180°, so these tiles are a second source of their own.
 */
export const BERING_BOUNDS: [number, number, number, number] = [-180, 50, -165, 75];
/** The map's own limit, west, south, east, north: the tiled land with 15° east of 180° for the Bering Strait. */
export const CAMERA_BOUNDS: [[number, number], [number, number]] = [
  [-30, BASEMAP_BOUNDS[1]],
  [195, 84],
];
/** Closer than this, the z7 tiles hold too little to draw: a place's surroundings become a plain beige field. */
export const CAMERA_MAXZOOM = 10;
export const BASEMAP_MINZOOM = 0;
/** Tiles stop here; MapLibre overzooms the z7 tiles for closer views. */
export const BASEMAP_MAXZOOM = 7;

/** Source layer names inside the tiles. */
export const BASEMAP_SOURCE_LAYERS = [
  'land',
  'countries',
  'lakes',
  'rivers',
  'railways',
  'boundaries',
  'places',
  'country_labels',
  'sea_labels',
] as const;
export type BasemapSourceLayer = (typeof BASEMAP_SOURCE_LAYERS)[number];

/** Web Mercator x and y of a longitude/latitude on the unit square (y grows southwards). */
export function mercatorUnit(lon: number, lat: number): [number, number] {
  const x = (lon + 180) / 360;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [x, y];
}

/**
 * The x and y tile ranges (inclusive) MapLibre requests at zoom z for a source with BASEMAP_BOUNDS: the
 * same floor/ceil rounding as its tile-bounds check, so every requested tile exists.
 */
export function tileRange(
  z: number,
  bounds: readonly [number, number, number, number] = BASEMAP_BOUNDS,
): { minX: number; maxX: number; minY: number; maxY: number } {
  const [w, s, e, n] = bounds;
  const [x0, y0] = mercatorUnit(w, n);
  const [x1, y1] = mercatorUnit(e, s);
  const size = 2 ** z;
  return {
    minX: Math.floor(x0 * size),
    maxX: Math.ceil(x1 * size) - 1,
    minY: Math.floor(y0 * size),
    maxY: Math.ceil(y1 * size) - 1,
  };
}

/** Every tile key ("z/x/y") either source may request at zoom z: the main region and the Bering box. */
export function tileKeys(z: number): string[] {
  const keys = new Set<string>();
  for (const bounds of [BASEMAP_BOUNDS, BERING_BOUNDS]) {
    const { minX, maxX, minY, maxY } = tileRange(z, bounds);
    for (let x = minX; x <= maxX; x++) for (let y = minY; y <= maxY; y++) keys.add(`${z}/${x}/${y}`);
  }
  return [...keys];
}

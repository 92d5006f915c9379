// Cutting the prepared layers into Mapbox Vector Tiles, one file per tile of the region.
import GeoJSONVT, { type LegacyFeature } from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { BASEMAP_MAXZOOM, BASEMAP_MINZOOM, tileKeys, type BasemapSourceLayer } from '../../src/layers/basemap-tiles';
import type { Tiled } from './physical';

export interface TileLayerInput {
  name: BasemapSourceLayer;
  features: Tiled[];
  /** Tile buffer in extent units: lines and fills need one to join across tile edges; labels do not. */
  buffer: number;
  /** Label layers keep `minzoom` so the style can hide them between integer zooms. */
  keepMinzoom: boolean;
  /** Simplification tolerance in extent units (4 of 4096 is half a pixel on a 512-pixel tile). */
  tolerance: number;
}

const EXTENT = 4096;

export interface TileFile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

function cleanTags(tags: Record<string, unknown> | null, keepMinzoom: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tags ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'minzoom' && !keepMinzoom) continue;
    out[key] = value;
  }
  return out;
}

export function* cutTiles(layers: TileLayerInput[]): Generator<TileFile> {
  const indexes = layers.map((layer) => ({
    layer,
    index: new GeoJSONVT(
      { type: 'FeatureCollection', features: layer.features },
      { maxZoom: BASEMAP_MAXZOOM, indexMaxZoom: 4, tolerance: layer.tolerance, extent: EXTENT, buffer: layer.buffer },
    ),
  }));
  for (let z = BASEMAP_MINZOOM; z <= BASEMAP_MAXZOOM; z++) {
    for (const key of tileKeys(z)) {
      const [x, y] = key.split('/').slice(1).map(Number) as [number, number];
      const content: Record<string, { features: LegacyFeature[] }> = {};
      for (const { layer, index } of indexes) {
        const features = (index.getTile(z, x, y)?.features ?? [])
          .filter((f) => Math.floor(Number(f.tags?.minzoom ?? 0)) <= z)
          .map((f) => ({ ...f, tags: cleanTags(f.tags, layer.keepMinzoom) }));
        if (features.length) content[layer.name] = { features };
      }
      // A tile with no layers is an empty protobuf message: valid, and zero bytes.
      const data = Object.keys(content).length
        ? fromGeojsonVt(content, { version: 2, extent: EXTENT })
        : new Uint8Array(0);
      yield { z, x, y, data };
    }
  }
}

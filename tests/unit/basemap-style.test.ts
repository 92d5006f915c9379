import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { Color, validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/data/schema';
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_BOUNDS,
  BASEMAP_FIRST_LABEL_LAYER,
  BASEMAP_MAXZOOM,
  basemapLayers,
  basemapSource,
} from '../../src/layers/basemap-style';
import { BERING_BOUNDS, mercatorUnit, tileRange } from '../../src/layers/basemap-tiles';
import { theme } from '../../src/layers/theme';

const TILES_URL = 'http://127.0.0.1:4173/basemap/tiles/{z}/{x}/{y}.pbf';
const BASEMAP = join(__dirname, '../../public/basemap');

/** The style the map view builds from these functions. */
function style(lang: Lang): StyleSpecification {
  return { version: 8, sources: { basemap: basemapSource(TILES_URL) }, layers: basemapLayers(theme, lang) };
}

const symbolLayers = (lang: Lang) => basemapLayers(theme, lang).filter((l) => l.type === 'symbol');

describe('basemap style', () => {
  it.each(LANGS)('is a valid MapLibre style without glyphs in %s', (lang) => {
    const s = style(lang);
    expect(validateStyleMin(s)).toEqual([]);
    expect(s).not.toHaveProperty('glyphs');
  });

  it('has unique layer ids and the documented insertion point', () => {
    const ids = basemapLayers(theme, 'en').map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(BASEMAP_FIRST_LABEL_LAYER);
    expect(ids[0]).toBe('basemap-water');
  });

  it('has a parseable colour for every theme entry', () => {
    const colours = Object.entries(theme).flatMap(([key, value]) => (key === 'fonts' ? [] : [value].flat()));
    expect(colours.length).toBeGreaterThan(20);
    for (const value of colours as string[]) {
      expect(Color.parse(value), value).toBeInstanceOf(Color);
    }
  });

  it('labels in the chosen language, falling back to English', () => {
    for (const lang of LANGS) {
      const fields = symbolLayers(lang).map((l) => l.layout?.['text-field']);
      expect(fields.length).toBe(3);
      for (const field of fields) expect(field).toEqual(['coalesce', ['get', `name_${lang}`], ['get', 'name_en']]);
    }
  });

  it('uses single-font stacks, which local rendering and the staged Noto glyphs both resolve', () => {
    const stacks = JSON.stringify(symbolLayers('ru').map((l) => l.layout?.['text-font']));
    for (const stack of [theme.fonts.regular, theme.fonts.medium, theme.fonts.italic]) expect(stack).toHaveLength(1);
    expect(stacks).not.toMatch(/Open Sans|Arial Unicode/);
  });

  it('never asks for a tile outside the built region', () => {
    const source = basemapSource(TILES_URL);
    expect(source.bounds).toEqual([-25, -12, 180, 82]);
    expect(source.maxzoom).toBe(7);
    expect(source.tiles).toEqual([TILES_URL]);
    expect(source.attribution).toBe(BASEMAP_ATTRIBUTION);
  });
});

describe('built basemap tiles', () => {
  const metadata = JSON.parse(readFileSync(join(BASEMAP, 'metadata.json'), 'utf8')) as {
    bounds: number[];
    maxzoom: number;
    tile_count: number;
  };

  it('declares bounds that cover the region and match the style', () => {
    const [w, s, e, n] = metadata.bounds as [number, number, number, number];
    expect(w <= -25 && s <= -12 && e >= 180 && n >= 82).toBe(true);
    expect(metadata.bounds).toEqual(BASEMAP_BOUNDS);
    expect(metadata.maxzoom).toBe(BASEMAP_MAXZOOM);
  });

  it('holds a file for every tile MapLibre may request, of the main area and of the Bering Strait', () => {
    const tiles = new Set<string>();
    for (const bounds of [BASEMAP_BOUNDS, BERING_BOUNDS]) {
      for (let z = 0; z <= BASEMAP_MAXZOOM; z++) {
        const { minX, maxX, minY, maxY } = tileRange(z, bounds);
        for (let x = minX; x <= maxX; x++) for (let y = minY; y <= maxY; y++) tiles.add(`${z}/${x}/${y}`);
      }
    }
    for (const tile of tiles) expect(existsSync(join(BASEMAP, 'tiles', `${tile}.pbf`)), tile).toBe(true);
    expect(metadata.tile_count).toBe(tiles.size);
  });

  const layersAt = (lon: number, lat: number, z: number) => {
    const [ux, uy] = mercatorUnit(lon, lat);
    const path = join(BASEMAP, `tiles/${z}/${Math.floor(ux * 2 ** z)}/${Math.floor(uy * 2 ** z)}.pbf`);
    return Object.keys(new VectorTile(new PbfReader(readFileSync(path))).layers).sort();
  };

  it('thins layers per zoom: no rivers in the world tile, railways only from z4', () => {
    expect(layersAt(0, 0, 0)).toEqual(
      ['boundaries', 'countries', 'country_labels', 'lakes', 'land', 'places', 'sea_labels'].sort(),
    );
    expect(layersAt(70, 45, 3)).toContain('rivers');
    expect(layersAt(70, 45, 3)).not.toContain('railways');
    expect(layersAt(70, 45, 4)).toContain('railways');
  });

  /** Whether land covers a point in the tile that holds it at zoom z (even-odd over all land rings). */
  function onLand(lon: number, lat: number, z: number): boolean {
    const [ux, uy] = mercatorUnit(lon, lat);
    const [x, y] = [Math.floor(ux * 2 ** z), Math.floor(uy * 2 ** z)];
    const tile = new VectorTile(new PbfReader(readFileSync(join(BASEMAP, `tiles/${z}/${x}/${y}.pbf`))));
    const land = tile.layers.land;
    if (!land) return false;
    const [px, py] = [(ux * 2 ** z - x) * land.extent, (uy * 2 ** z - y) * land.extent];
    let inside = false;
    for (let i = 0; i < land.length; i++) {
      for (const ring of land.feature(i).loadGeometry()) {
        for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
          const [p, q] = [ring[a]!, ring[b]!];
          if (p.y > py !== q.y > py && px < ((q.x - p.x) * (py - p.y)) / (q.y - p.y) + p.x) inside = !inside;
        }
      }
    }
    return inside;
  }

  it.each([0, 3, 7])('shows the Caspian as water and Kazakhstan as land at z%i', (z) => {
    expect(onLand(50.5, 42.0, z)).toBe(false);
    expect(onLand(70, 45, z)).toBe(true);
  });
});

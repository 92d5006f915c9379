import { describe, expect, it } from 'vitest';
import { absoluteTemplate, basemapConfig } from '../../src/map/config';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_FIRST_LABEL_LAYER } from '../../src/layers/basemap-style';
import { embeddedStyle, EMPTY_OVERLAY, interleave } from '../../src/map/style';

const PAGE = 'http://127.0.0.1:4173/atlas/?lang=en';

describe('basemap configuration', () => {
  it('uses the embedded tiles on the same origin by default', () => {
    const c = basemapConfig({}, PAGE);
    expect(c).toEqual({ kind: 'embedded', tilesUrl: 'http://127.0.0.1:4173/atlas/basemap/tiles/{z}/{x}/{y}.pbf' });
    const style = embeddedStyle(c, 'en', EMPTY_OVERLAY);
    const urls = JSON.stringify(style.sources).match(/https?:\/\/[^"]+/g) ?? [];
    expect(
      urls.every((u) => u.startsWith('http://127.0.0.1:4173/') || u.startsWith('https://www.naturalearthdata')),
    ).toBe(true);
  });

  it('takes a MapLibre style URL when one is configured', () => {
    expect(basemapConfig({ VITE_BASEMAP_STYLE_URL: 'https://tiles.example.org/style.json' }, PAGE)).toEqual({
      kind: 'style-url',
      url: 'https://tiles.example.org/style.json',
    });
  });

  it('reads a PMTiles archive, relative to the page, through the pmtiles protocol', () => {
    const c = basemapConfig({ VITE_BASEMAP_PMTILES: 'tiles/eurasia.pmtiles' }, PAGE);
    expect(c).toEqual({ kind: 'pmtiles', url: 'http://127.0.0.1:4173/atlas/tiles/eurasia.pmtiles' });
    expect(embeddedStyle(c, 'ru', EMPTY_OVERLAY).sources.basemap).toMatchObject({
      type: 'vector',
      url: 'pmtiles://http://127.0.0.1:4173/atlas/tiles/eurasia.pmtiles',
    });
  });

  it('ignores blank settings', () => {
    expect(basemapConfig({ VITE_BASEMAP_STYLE_URL: '  ', VITE_BASEMAP_PMTILES: '' }, PAGE).kind).toBe('embedded');
  });

  it('keeps the braces of a tile template', () => {
    expect(absoluteTemplate('t/{z}/{x}/{y}.pbf', 'http://h/a/')).toBe('http://h/a/t/{z}/{x}/{y}.pbf');
  });
});

describe('layer order', () => {
  it('puts atlas lines under the basemap labels and atlas labels above them', () => {
    const base = [
      { id: 'land', type: 'fill', source: 'b' },
      { id: BASEMAP_FIRST_LABEL_LAYER, type: 'circle', source: 'b' },
      { id: 'city-labels', type: 'symbol', source: 'b' },
    ] as LayerSpecification[];
    const atlas = [
      { id: 'legs', type: 'line', source: 'a' },
      { id: 'crossing-labels', type: 'symbol', source: 'a' },
      { id: 'crossings', type: 'circle', source: 'a' },
    ] as LayerSpecification[];
    expect(interleave(base, atlas).map((l) => l.id)).toEqual([
      'land',
      'legs',
      'crossings',
      BASEMAP_FIRST_LABEL_LAYER,
      'city-labels',
      'crossing-labels',
    ]);
  });
});

// The build keeps MapLibre's CSS for the controls the atlas adds and drops the rest (scripts/vite/maplibre-css.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { namesUnusedControl, trimMaplibreCss } from '../../scripts/vite/maplibre-css';

const cssPath = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css');
const original = readFileSync(cssPath, 'utf8');
const trimmed = postcss([trimMaplibreCss()]).process(original, { from: cssPath }).css;

describe('MapLibre CSS as the atlas ships it', () => {
  it('keeps the map, its canvas and the navigation, scale and attribution controls', () => {
    for (const cls of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-group',
      '.maplibregl-ctrl-zoom-in',
      '.maplibregl-ctrl-zoom-out',
      '.maplibregl-ctrl-compass',
      '.maplibregl-ctrl-scale',
      '.maplibregl-ctrl-attrib-inner',
      '.maplibregl-ctrl-bottom-right',
      '.maplibregl-boxzoom',
    ])
      expect(trimmed, cls).toContain(cls);
  });

  it('drops the logo, geolocation, fullscreen, globe, terrain, popups and markers', () => {
    for (const cls of ['ctrl-logo', 'ctrl-geolocate', 'user-location', 'ctrl-fullscreen', 'ctrl-globe', 'ctrl-terrain'])
      expect(trimmed).not.toContain(`maplibregl-${cls}`);
    expect(trimmed).not.toMatch(/\.maplibregl-popup|\.maplibregl-marker|cooperative-gesture/);
    expect(trimmed).not.toContain('@keyframes');
    expect(trimmed.length).toBeLessThan(original.length / 4);
  });

  it('keeps a rule shared with a used control, without the unused selector', () => {
    const css =
      '.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon, .maplibregl-ctrl-geolocate .maplibregl-ctrl-icon { x: 1 }';
    const out = postcss([trimMaplibreCss()]).process(css, { from: cssPath }).css;
    expect(out).toContain('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon');
    expect(out).not.toContain('geolocate');
  });

  it('leaves every other stylesheet alone', () => {
    const css = '.maplibregl-ctrl-logo { x: 1 }';
    expect(postcss([trimMaplibreCss()]).process(css, { from: '/app/src/app.css' }).css).toBe(css);
  });

  it('tells an unused control by its class and the classes that extend it', () => {
    expect(namesUnusedControl('.maplibregl-ctrl-geolocate-active')).toBe(true);
    expect(namesUnusedControl('.maplibregl-popup-anchor-top .maplibregl-popup-tip')).toBe(true);
    expect(namesUnusedControl('.maplibregl-ctrl-attrib-button')).toBe(false);
    expect(namesUnusedControl('.maplibregl-ctrl button:not(:disabled)')).toBe(false);
  });
});

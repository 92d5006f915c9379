// The one Content-Security-Policy of the atlas, as the header, the <meta> fallback and the host configs carry it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapOrigins, cspHeader, cspMeta, frameAncestorsFrom, securityHeaders } from '../../scripts/vite/csp';
import { precached } from '../../scripts/vite/offline';
import { packageOf } from '../../scripts/vite/notices';

describe('content security policy', () => {
  it('allows the own origin only, frames by itself, no inline styles, no blob: and no data: fetches', () => {
    const header = cspHeader();
    expect(header).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'none'; frame-ancestors 'self'",
    );
    expect(cspMeta()).toBe(header.replace("; frame-ancestors 'self'", ''));
  });

  it('allows an external basemap’s origin alone, for fetches and images', () => {
    const origins = basemapOrigins({ VITE_BASEMAP_PMTILES: 'https://files.example.org/eurasia.pmtiles' });
    expect(origins).toEqual(['https://files.example.org']);
    const header = cspHeader({ basemapOrigins: origins });
    expect(header).toContain("connect-src 'self' https://files.example.org;");
    expect(header).toContain("img-src 'self' data: https://files.example.org;");
    expect(header).toContain("script-src 'self';");
    expect(basemapOrigins({ VITE_BASEMAP_STYLE_URL: 'javascript:alert(1)' })).toEqual([]);
  });

  it('lets a named site frame the atlas, and ignores what is not an origin', () => {
    expect(frameAncestorsFrom("'self' https://news.example.org javascript:x *")).toEqual([
      "'self'",
      'https://news.example.org',
    ]);
    expect(cspHeader({ frameAncestors: ["'self'", 'https://news.example.org'] })).toContain(
      "frame-ancestors 'self' https://news.example.org",
    );
  });

  it('is what the documented host configs send', () => {
    const policy = securityHeaders()['Content-Security-Policy'];
    for (const file of ['deploy/_headers', 'deploy/nginx.conf', 'deploy/Caddyfile'])
      expect(readFileSync(file, 'utf8')).toContain(policy);
  });
});

describe('build plugins', () => {
  it('precaches the app shell and the basemap to zoom 4, not deeper tiles or the worker itself', () => {
    expect(precached('index.html')).toBe(true);
    expect(precached('assets/index-abc.js')).toBe(true);
    expect(precached('basemap/tiles/4/11/5.pbf')).toBe(true);
    expect(precached('basemap/tiles/5/22/10.pbf')).toBe(false);
    expect(precached('sw.js')).toBe(false);
  });

  it('names the package of a bundled module', () => {
    expect(packageOf('/w/node_modules/@turf/helpers/dist/esm/index.js')).toBe('@turf/helpers');
    expect(packageOf('/w/node_modules/a/node_modules/react/index.js?commonjs')).toBe('react');
    expect(packageOf('/w/src/App.tsx')).toBeNull();
  });
});

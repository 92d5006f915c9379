// The Content-Security-Policy of the atlas, as one value for every place it is delivered: the HTTP header of
// `npm start` (vite preview), the documented static-host configs (deploy/) and the <meta> fallback in index.html.
// The app needs its own origin only: scripts, the MapLibre worker, tiles, data and its service worker. Inline styles
// are not needed (MapLibre and React set styles through the CSSOM, which CSP does not govern), nor blob: at all, nor
// data: for anything but images (MapLibre's control icons are data: SVGs in its stylesheet).

export interface CspOptions {
  /** Origins of an external basemap (VITE_BASEMAP_STYLE_URL / VITE_BASEMAP_PMTILES), allowed for fetches alone. */
  basemapOrigins?: string[];
  /** Who may frame the atlas (the embed view); 'self' by default. */
  frameAncestors?: string[];
}

/** The origin (scheme://host:port) of an absolute http(s) URL, or null for anything else. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Origins named by the external basemap settings of a build; none for the default offline build. */
export function basemapOrigins(env: Record<string, string | undefined>): string[] {
  const found = [env.VITE_BASEMAP_STYLE_URL, env.VITE_BASEMAP_PMTILES].map(originOf);
  return [...new Set(found.filter((o): o is string => o !== null))];
}

/** The directives shared by the header and the meta tag. */
function directives(options: CspOptions): [string, string[]][] {
  const external = options.basemapOrigins ?? [];
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', ...external]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...external]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
}

const join = (list: [string, string[]][]) => list.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');

/** The policy as an HTTP header value, with the directives a <meta> tag cannot carry. */
export function cspHeader(options: CspOptions = {}): string {
  const ancestors = options.frameAncestors?.length ? options.frameAncestors : ["'self'"];
  return join([...directives(options), ['frame-ancestors', ancestors]]);
}

/** The policy for a <meta http-equiv> tag: browsers ignore frame-ancestors there, so it is left out. */
export function cspMeta(options: CspOptions = {}): string {
  return join(directives(options));
}

/** Space-separated origins from an environment variable such as ATLAS_FRAME_ANCESTORS. */
export function frameAncestorsFrom(value: string | undefined): string[] | undefined {
  const list = (value ?? '').split(/\s+/).filter((v) => v === "'self'" || v === "'none'" || originOf(v) !== null);
  return list.length ? list : undefined;
}

/** Headers sent with every response of `npm start`, and written into the static-host configs. */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

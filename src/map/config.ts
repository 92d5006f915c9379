// Which basemap to draw. The default is the embedded Natural Earth tiles, served from the app's own origin.
// A deployment may set, at build time:
//   VITE_BASEMAP_STYLE_URL  a MapLibre style JSON (its sources may be anywhere); the atlas layers are drawn on top
//   VITE_BASEMAP_PMTILES    a PMTiles archive with the same layers as the embedded tiles, drawn with the atlas style
export type BasemapConfig =
  { kind: 'embedded'; tilesUrl: string } | { kind: 'style-url'; url: string } | { kind: 'pmtiles'; url: string };

/** Tile URL templates must keep their braces; URL() would escape them. */
export function absoluteTemplate(path: string, base: string): string {
  return new URL(path, base).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
}

export function basemapConfig(env: Record<string, string | undefined>, pageUrl: string): BasemapConfig {
  const styleUrl = env.VITE_BASEMAP_STYLE_URL?.trim();
  if (styleUrl) return { kind: 'style-url', url: new URL(styleUrl, pageUrl).href };
  const pmtiles = env.VITE_BASEMAP_PMTILES?.trim();
  if (pmtiles) return { kind: 'pmtiles', url: new URL(pmtiles, pageUrl).href };
  return { kind: 'embedded', tilesUrl: absoluteTemplate('basemap/tiles/{z}/{x}/{y}.pbf', pageUrl) };
}

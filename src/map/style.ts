// The full map style as a value: basemap + atlas layers. MapLibre diffs successive values (setStyle diff),
// so language and filter changes become setLayoutProperty / setFilter calls, not rebuilds.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/schema';
import { BASEMAP_ATTRIBUTION, BASEMAP_SOURCE, basemapLayers, basemapSource } from '../layers/basemap-style';
import { theme } from '../layers/theme';
import type { BasemapConfig } from './config';

export interface Overlay {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

export const EMPTY_OVERLAY: Overlay = { sources: {}, layers: [] };

export function embeddedStyle(config: BasemapConfig, lang: Lang, overlay: Overlay): StyleSpecification {
  // A PMTiles archive carries its own bounds and zoom range in its header.
  const basemap: SourceSpecification =
    config.kind === 'pmtiles'
      ? { type: 'vector', url: `pmtiles://${config.url}`, attribution: BASEMAP_ATTRIBUTION }
      : basemapSource(config.kind === 'embedded' ? config.tilesUrl : '');
  return {
    version: 8,
    sources: { [BASEMAP_SOURCE]: basemap, ...overlay.sources },
    layers: [...basemapLayers(theme, lang), ...overlay.layers],
  };
}

/** A foreign style with the atlas layers on top. Its labels stay in the language the style chose. */
export function foreignStyle(base: StyleSpecification, overlay: Overlay): StyleSpecification {
  return {
    ...base,
    sources: { ...base.sources, ...overlay.sources },
    layers: [...base.layers, ...overlay.layers],
  };
}

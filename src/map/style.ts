// The full map style as a value: basemap + atlas layers. MapLibre diffs successive values (setStyle diff),
// so language and filter changes become setLayoutProperty / setFilter calls, not rebuilds.
import type { FeatureCollection } from 'geojson';
import type {
  GeoJSONSourceDiff,
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Lang } from '../data/schema';
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_FIRST_LABEL_LAYER,
  BASEMAP_SOURCE,
  basemapLayers,
  basemapSource,
  beringLayers,
  beringSource,
  BERING_SOURCE,
} from '../layers/basemap-style';
import { theme } from '../layers/theme';
import type { BasemapConfig } from './config';

export interface Overlay {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

export const EMPTY_OVERLAY: Overlay = { sources: {}, layers: [] };

/**
 * The GeoJSON sources whose data alone changed from `before` to `after`, as [source id, new data]; null when
 * anything else changed (a layer, a source's options, the set of sources), which needs the full style diff.
 * Layers are compared by identity: the overlay builders keep a layer's object while its inputs stay the same.
 */
export function dataChanges(before: Overlay, after: Overlay): DataChange[] | null {
  if (before.layers.length !== after.layers.length || before.layers.some((l, i) => l !== after.layers[i])) return null;
  const ids = Object.keys(after.sources);
  if (ids.length !== Object.keys(before.sources).length) return null;
  const out: DataChange[] = [];
  for (const id of ids) {
    const a = before.sources[id];
    const b = after.sources[id]!;
    if (a === b) continue;
    if (a?.type !== 'geojson' || b.type !== 'geojson') return null;
    const { data: was, ...optionsBefore } = a;
    const { data: now, ...optionsAfter } = b;
    if (JSON.stringify(optionsBefore) !== JSON.stringify(optionsAfter)) return null;
    if (was !== now) out.push({ id, data: now, diff: featureDiff(was, now) });
  }
  return out;
}

export interface DataChange {
  id: string;
  data: GeoJSONSourceSpecification['data'];
  /** The same change as features removed and added, when both collections identify every feature. */
  diff: GeoJSONSourceDiff | null;
}

type Data = GeoJSONSourceSpecification['data'];
const collection = (d: Data): FeatureCollection | null =>
  typeof d === 'object' && d.type === 'FeatureCollection' && d.features.every((f) => f.id !== undefined) ? d : null;

/**
 * What turns `before` into `after`, feature by feature: features are compared as objects (the overlay builders
 * keep a feature's object while it looks the same and give a changed one a new id), so a filter that hides a tenth
 * of twenty thousand points sends MapLibre's worker a tenth of them instead of all.
 */
export function featureDiff(before: Data, after: Data): GeoJSONSourceDiff | null {
  const a = collection(before);
  const b = collection(after);
  if (!a || !b) return null;
  const kept = new Set(a.features);
  const now = new Set(b.features);
  const remove = a.features.filter((f) => !now.has(f)).map((f) => f.id!);
  const add = b.features.filter((f) => !kept.has(f));
  return { remove, add };
}

export function embeddedStyle(config: BasemapConfig, lang: Lang, overlay: Overlay): StyleSpecification {
  // A PMTiles archive carries its own bounds and zoom range in its header.
  const basemap: SourceSpecification =
    config.kind === 'pmtiles'
      ? { type: 'vector', url: `pmtiles://${config.url}`, attribution: BASEMAP_ATTRIBUTION }
      : basemapSource(config.kind === 'embedded' ? config.tilesUrl : '');
  if (config.kind !== 'embedded') {
    return {
      version: 8,
      sources: { [BASEMAP_SOURCE]: basemap, ...overlay.sources },
      layers: interleave(basemapLayers(theme, lang), overlay.layers),
    };
  }
  // The embedded tiles hold Chukotka east of 180° too, read through a second source (see BERING_SOURCE).
  const layers = basemapLayers(theme, lang);
  const afterPhysical = layers.findIndex((l) => l.id === 'basemap-rivers') + 1;
  layers.splice(afterPhysical, 0, ...beringLayers(theme));
  return {
    version: 8,
    sources: { [BASEMAP_SOURCE]: basemap, [BERING_SOURCE]: beringSource(config.tilesUrl), ...overlay.sources },
    layers: interleave(layers, overlay.layers),
  };
}

/** Atlas lines and areas go under the basemap's labels; atlas labels go on top of everything. */
export function interleave(basemap: LayerSpecification[], atlas: LayerSpecification[]): LayerSpecification[] {
  const at = basemap.findIndex((l) => l.id === BASEMAP_FIRST_LABEL_LAYER);
  if (at < 0) return [...basemap, ...atlas];
  const shapes = atlas.filter((l) => l.type !== 'symbol');
  const labels = atlas.filter((l) => l.type === 'symbol');
  return [...basemap.slice(0, at), ...shapes, ...basemap.slice(at), ...labels];
}

/** A foreign style with the atlas layers on top. Its labels stay in the language the style chose. */
export function foreignStyle(base: StyleSpecification, overlay: Overlay): StyleSpecification {
  return {
    ...base,
    sources: { ...base.sources, ...overlay.sources },
    layers: [...base.layers, ...overlay.layers],
  };
}

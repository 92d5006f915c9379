// The atlas overlay as one value: three GeoJSON sources and their layers, a pure function of
// (theme, data for the current filters, selection, language). MapLibre diffs successive values, so a new
// selection is a setFilter and a new language a setLayoutProperty.
import type { GeoJSONSourceSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../data/schema';
import type { AtlasTheme } from './atlas-theme';
import { LEG_DRAWN_LAYERS, LEG_LAYERS, legLayers } from './corridor-style';
import { SOURCES } from './overlay-common';
import type { OverlayData } from './overlay-data';
import { PLACE_LAYERS, placeLayers } from './place-style';
import { PROJECT_CLUSTER, PROJECT_LAYERS, projectLayers } from './project-style';

export interface AtlasOverlay {
  sources: Record<string, GeoJSONSourceSpecification>;
  layers: LayerSpecification[];
}

export interface OverlayInput {
  theme: AtlasTheme;
  data: OverlayData;
  selected: string | null;
  lang: Lang;
}

/** Layers whose features answer hover and click; the topmost feature under the pointer wins. */
export const INTERACTIVE_LAYERS: readonly string[] = [
  PLACE_LAYERS.circles,
  PLACE_LAYERS.minor,
  PROJECT_LAYERS.points,
  PROJECT_LAYERS.clusters,
  PROJECT_LAYERS.lines,
  PROJECT_LAYERS.pipeOuter,
  PROJECT_LAYERS.areas,
  ...LEG_DRAWN_LAYERS,
];

const EUPL = '<a href="LICENSE-EUPL-1.2.txt">EUPL-1.2</a>';

/**
 * Credit for the atlas layers in the reader's language: sea legs follow the marnet lanes, ports come from the
 * World Port Index. The sources' own names stay as their publishers write them.
 */
export const ATLAS_ATTRIBUTION: Record<Lang, string> = {
  en: `Sea lanes: Eurostat marnet (${EUPL}) · Ports: NGA World Port Index · Facts: sources in each record`,
  zh: `海上航线：Eurostat marnet（${EUPL}）· 港口：NGA World Port Index（世界港口索引）· 数据：来源见各条目`,
  ru: `Морские пути: Eurostat marnet (${EUPL}) · Порты: NGA World Port Index · Факты: источники в каждой записи`,
};

export function atlasOverlay({ theme, data, selected, lang }: OverlayInput): AtlasOverlay {
  return { sources: atlasSources(data, lang), layers: atlasLayers(theme, selected, lang) };
}

/** The atlas layers, apart from their data: a filter click changes the sources and keeps these objects. */
export function atlasLayers(theme: AtlasTheme, selected: string | null, lang: Lang): LayerSpecification[] {
  const byId = new Map(
    [
      ...legLayers(theme, selected, lang),
      ...placeLayers(theme, selected, lang),
      ...projectLayers(theme, selected, lang),
    ].map((l) => [l.id, l]),
  );
  // Drawing order, bottom to top: areas, lines, points, then every label above every symbol.
  const order = [
    PROJECT_LAYERS.areas,
    PROJECT_LAYERS.areaOutlines,
    PROJECT_LAYERS.highlight,
    LEG_LAYERS.casing,
    LEG_LAYERS.highlight,
    LEG_LAYERS.land,
    LEG_LAYERS.water,
    LEG_LAYERS.pipeOuter,
    LEG_LAYERS.pipeInner,
    PROJECT_LAYERS.lines,
    PROJECT_LAYERS.pipeOuter,
    PROJECT_LAYERS.pipeInner,
    PROJECT_LAYERS.pointHighlight,
    PROJECT_LAYERS.points,
    PROJECT_LAYERS.clusters,
    PLACE_LAYERS.highlight,
    PLACE_LAYERS.minor,
    PLACE_LAYERS.circles,
    LEG_LAYERS.labels,
    PROJECT_LAYERS.labels,
    PROJECT_LAYERS.areaLabels,
    PLACE_LAYERS.labels,
    PROJECT_LAYERS.clusterCounts,
  ];
  const layers = order.map((id) => {
    const layer = byId.get(id);
    if (!layer) throw new Error(`atlas layer ${id} is not defined`);
    return layer;
  });
  return layers;
}

/** The atlas's GeoJSON sources for the records the filters let through. */
export function atlasSources(data: OverlayData, lang: Lang): Record<string, GeoJSONSourceSpecification> {
  const geojson = (d: OverlayData[keyof OverlayData]): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data: d,
    attribution: ATLAS_ATTRIBUTION[lang],
  });
  return {
    [SOURCES.legs]: geojson(data.legs),
    [SOURCES.places]: geojson(data.places),
    [SOURCES.projects]: geojson(data.projects),
    // Points of projects gather into counted discs where they would overlap (see PROJECT_CLUSTER).
    [SOURCES.projectPoints]: { ...geojson(data.projectPoints), cluster: true, ...PROJECT_CLUSTER },
  };
}

// Label layers of the basemap: places, seas and countries, in the reader's language. Higher layers are
// placed first, so country and sea names win over town names where they collide.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../data/schema';
import type { Theme } from './theme';

/** Insert app layers before this id to keep basemap labels on top of them. */
export const BASEMAP_FIRST_LABEL_LAYER = 'basemap-place-dots';

/** The feature's name in `lang`, or its English name where that language has none. */
export function labelField(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

/** Label points carry the zoom from which they show; tiles hold them from its integer part. */
const shown: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];

const src = { source: 'basemap' } as const;

export function basemapLabelLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const latin = lang !== 'zh';
  return [
    {
      id: BASEMAP_FIRST_LABEL_LAYER,
      type: 'circle',
      ...src,
      'source-layer': 'places',
      filter: shown,
      paint: {
        'circle-radius': ['case', ['get', 'capital'], 3, 2],
        'circle-color': theme.placeDot,
        'circle-stroke-color': theme.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'basemap-place-labels',
      type: 'symbol',
      ...src,
      'source-layer': 'places',
      filter: shown,
      layout: {
        'text-field': labelField(lang),
        'text-font': ['case', ['get', 'capital'], ['literal', theme.fonts.medium], ['literal', theme.fonts.regular]],
        'text-size': ['case', ['get', 'capital'], 13, ['step', ['get', 'rank'], 13, 3, 12, 6, 11]],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.45,
        'text-justify': 'auto',
        'text-max-width': 8,
        'text-padding': 3,
        'symbol-sort-key': ['case', ['get', 'capital'], -1, ['get', 'rank']],
      },
      paint: {
        'text-color': ['case', ['get', 'capital'], theme.capitalLabel, theme.placeLabel],
        'text-halo-color': theme.halo,
        'text-halo-width': 1.4,
        'text-halo-blur': 0.4,
      },
    },
    {
      id: 'basemap-sea-labels',
      type: 'symbol',
      ...src,
      'source-layer': 'sea_labels',
      filter: shown,
      layout: {
        'text-field': labelField(lang),
        'text-font': theme.fonts.italic,
        'text-size': ['match', ['get', 'kind'], 'ocean', 15, ['step', ['get', 'rank'], 14, 2, 13, 4, 12, 6, 11]],
        'text-letter-spacing': ['match', ['get', 'kind'], 'ocean', 0.3, latin ? 0.1 : 0.2],
        'text-max-width': latin ? 7 : 10,
        'text-padding': 6,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': theme.seaLabel, 'text-halo-color': theme.waterHalo, 'text-halo-width': 1 },
    },
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      ...src,
      'source-layer': 'country_labels',
      filter: shown,
      layout: {
        'text-field': labelField(lang),
        'text-font': theme.fonts.medium,
        'text-size': ['step', ['get', 'rank'], 15, 3, 13, 5, 12],
        'text-transform': latin ? 'uppercase' : 'none',
        'text-letter-spacing': latin ? 0.12 : 0.3,
        'text-max-width': latin ? 7 : 12,
        'text-padding': 4,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': theme.countryLabel,
        'text-halo-color': theme.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
}

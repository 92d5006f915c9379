// Colours and type of the basemap, apart from the layer structure, so a second theme (dark, print)
// is a new value of the same shape rather than new layers.

export interface Theme {
  water: string;
  land: string;
  /** Seven faint land tints, picked by Natural Earth's MAPCOLOR7 so neighbours never share one. */
  countryTints: [string, string, string, string, string, string, string];
  coast: string;
  lakeOutline: string;
  river: string;
  railway: string;
  boundary: string;
  boundaryCasing: string;
  disputed: string;
  placeDot: string;
  placeLabel: string;
  capitalLabel: string;
  countryLabel: string;
  seaLabel: string;
  /** Halo behind labels drawn on land. */
  halo: string;
  /** Halo behind labels drawn on water. */
  waterHalo: string;
  fonts: { regular: string[]; medium: string[]; italic: string[] };
}

/**
 * Calm, light reference map: the corridors drawn on top of it carry the colour.
 * Font names are single-font stacks: with no `glyphs` in the style MapLibre draws them from local fonts
 * (the weight and slant are read from the name, e.g. "Medium", "Italic"), and they also match the staged
 * Noto Sans glyph sets should a deployment pin fonts.
 */
export const theme: Theme = {
  water: '#cfe1ec',
  land: '#f6f4ef',
  countryTints: ['#f4efe6', '#eef1e6', '#ebeff2', '#f4ecea', '#f1efe2', '#ecf1ea', '#f0edf2'],
  coast: '#a9c3d4',
  lakeOutline: '#a9c3d4',
  river: '#9fc0d6',
  railway: '#9c9c9c',
  boundary: '#9b8aa3',
  boundaryCasing: 'rgba(255, 255, 255, 0.6)',
  disputed: '#b4667f',
  placeDot: '#5f5f5f',
  placeLabel: '#3b3b3b',
  capitalLabel: '#1f1f1f',
  countryLabel: '#74627d',
  seaLabel: '#4d7795',
  halo: 'rgba(255, 255, 255, 0.85)',
  waterHalo: 'rgba(207, 225, 236, 0.7)',
  fonts: { regular: ['Noto Sans Regular'], medium: ['Noto Sans Medium'], italic: ['Noto Sans Italic'] },
};

import { atlasEn } from './atlas.en';
import { browseEn } from './browse.en';
import type { Message } from './plural';
import { answerEn } from './answer.en';
import { robustEn } from './robust.en';
import { exploreEn } from './explore.en';
import { layoutEn } from './layout.en';
import { routeEn } from './route.en';
import { editorEn } from './editor.en';
import { storyEn } from './story.en';

// UI strings. zh.ts and ru.ts must have the same keys (the type checks it).
export const en = {
  ...exploreEn,
  ...storyEn,
  ...editorEn,
  ...routeEn,
  ...browseEn,
  ...layoutEn,
  ...atlasEn,
  ...robustEn,
  ...answerEn,
  appTitle: 'Corridor Atlas',
  appTagline: 'Transport corridors, ports and crossings of the SCO region',
  language: 'Language',
  mapLabel: 'Map of Eurasian transport corridors',
  panelLabel: 'Details',
  closePanel: 'Close panel',
  openPanel: 'Open panel',
  loadingMap: 'Loading the map…',
  basemapError: 'The basemap could not be loaded ({detail}). Corridors and lists still work; reload to try again.',
  dataError: 'The corridor data could not be loaded ({detail}).',
  webglError: 'This browser cannot draw the map (WebGL is unavailable). The lists and details still work.',
  dismiss: 'Dismiss',
  urlDropped: 'Some link parameters were not understood and were ignored: {params}.',
  attributionLabel: 'Data sources',
  welcome: 'Select a corridor, port or crossing on the map, or use the list and search.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, Message>;

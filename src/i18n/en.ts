import { atlasEn } from './atlas.en';
import { browseEn } from './browse.en';
import type { Message } from './plural';
import type { toolsEn } from './tools.en';
import { robustEn } from './robust.en';
import { exploreEn } from './explore.en';
import { layoutEn } from './layout.en';

// The UI strings of the first view. The planner's, the stories' and the editor's are in tools.en.ts and load with
// their code (index.ts). zh.ts and ru.ts must have the same keys (the type checks it).
export const en = {
  ...exploreEn,
  ...browseEn,
  ...layoutEn,
  ...atlasEn,
  ...robustEn,
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

export type CoreMessages = Record<keyof typeof en, Message>;
export type ToolMessages = Record<keyof typeof toolsEn, Message>;
export type MessageKey = keyof CoreMessages | keyof ToolMessages;
export type Messages = CoreMessages & ToolMessages;

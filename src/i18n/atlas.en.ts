// Strings of the student's tools (glossary, corridor focus) and the picture export's sizes and legend.
export const atlasEn = {
  exportPngSlides: 'PNG for slides (1920×1080)',
  exportPngPrint: 'PNG for print (2× resolution)',
  pictureRoute: 'Route: {from} → {to}',
  pictureRouteNotOpen: 'not yet open (dashed)',
  pictureNotBuilt: '{kind}, not built yet',
  pictureProjectPlanned: '{kind}, planned',
  pictureTransferBorder: 'border crossing',
  pictureTransferGauge: 'break of gauge',
  pictureTransferShip: 'transshipment',
  glossaryTitle: 'Glossary',
  glossarySource: 'Source: {source}',
  glossaryOpen: 'What does “{term}” mean?',
  focusCorridor: 'Show only this corridor',
  focusCorridorNamed: 'Show only {name}',
  focusAll: 'Show all corridors',
  searchGroupTerm: 'Glossary',
} as const;

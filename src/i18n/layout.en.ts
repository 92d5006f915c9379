// Strings of the screen's frame: the phone's bottom sheet and the map's credits.
export const layoutEn = {
  sheetHandle: 'Panel height',
  sheetHandleHint: 'Drag, or use the up and down arrow keys, to show more of the panel or more of the map.',
  sheetHeightPeek: 'tabs only',
  sheetHeightHalf: 'half',
  sheetHeightFull: 'full',
} as const;

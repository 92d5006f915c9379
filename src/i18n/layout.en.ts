// Strings of the screen's frame: the phone's bottom sheet, the map's credits, and the first view's buttons into the
// tools (their own strings load with them: i18n/index.ts).
export const layoutEn = {
  sheetHandle: 'Panel height',
  sheetHandleHint: 'Drag, or use the up and down arrow keys, to show more of the panel or more of the map.',
  sheetHeightPeek: 'tabs only',
  sheetHeightHalf: 'half',
  sheetHeightFull: 'full',
  // The buttons of the first view that open the planner, the measure, the stories and the embed code.
  tabRoute: 'Route',
  measureStart: 'Measure',
  measureStop: 'Stop measuring',
  storiesButton: 'Stories',
  embedCopy: 'Copy embed code',
  embedCopied: 'Embed code copied; paste it into your page:',
  embedTooLong:
    "This story is too long to embed by link ({size} characters): save it as a file and add it to the atlas's stories.",
} as const;

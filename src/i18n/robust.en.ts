// Strings of faults and offline use: error boundaries, the map engine, slow data, updates. zh and ru mirror these.
export const robustEn = {
  updateReady: 'A new version of the atlas is ready.',
  updateReload: 'Reload to update',
  retry: 'Try again',
  langFailed: 'That language could not be loaded. Check the connection and choose it again.',
  partLoading: 'Loading…',
  mapFailed: 'The map stopped working ({detail}). The panels, lists and route planner still work.',
  panelFailed: 'This panel stopped working ({detail}). The map and the other panels still work.',
  storyFailed: 'The story player stopped working ({detail}). The map still works.',
  workerMissing:
    'The map engine could not start ({detail}). The panels, lists and route planner still work; reload to try again.',
  dataTimeout: 'The corridor data did not arrive within {seconds} seconds.',
  dataRetrying: 'Loading the corridor data again…',
  routeAltMissing:
    'The link asks for {param}, but this plan has alternatives up to alt={last} only; the best route is shown.',
  routeAltOnly: 'The link asks for {param}, but this plan has one route and no alternatives; it is shown.',
  routeAltNoRoute: 'The link asks for {param}, but this plan has no route; the parameter was dropped.',
  basemapEmpty: 'basemap tiles missing',
} as const;

export type RobustKey = keyof typeof robustEn;

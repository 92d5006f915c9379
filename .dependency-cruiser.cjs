// The direction imports take through src/, checked by `npm run deps` (part of `npm test`).
// Folders are layers: a folder imports only from the layers below it, never from a layer beside or above it,
// so no import circle can run between folders. Within a folder the only circles allowed are type-only ones
// (a zustand slice naming the whole store's type).
const LAYERS = [
  // the data's schema, parsing, indexes, filters and camera shapes; no app state
  ['data'],
  ['i18n'],
  // pure engines: the route network and search, the place search, the story engine (scene -> state)
  ['routing', 'search'],
  ['story'],
  // map layers as values from pure functions
  ['layers'],
  // the one zustand store, URL <-> state
  ['store'],
  // the map owner (the only importer of maplibre-gl)
  ['map'],
  ['export'],
  // React panels, then the route planner and the story player above them
  ['panels'],
  ['planner', 'player'],
  // composition of the panels, the planner and the player into the app
  ['app'],
  // node-only tools: the check of geo/ (runs the data and story validation together)
  ['validate'],
];

const rank = new Map(LAYERS.flatMap((names, i) => names.map((n) => [n, i])));
const below = (name) => [...rank].filter(([, r]) => r < rank.get(name)).map(([n]) => n);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle, other than a type-only one inside a folder.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'unknown-folder',
      comment: 'Every folder of src/ has its place in LAYERS in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: `^src/(?!(${[...rank.keys()].join('|')})/)[^/]+/` },
      to: {},
    },
    ...[...rank.keys()].map((name) => ({
      name: `layer-${name}`,
      comment: `src/${name}/ imports only from ${below(name).join(', ') || 'no other folder of src/'}.`,
      severity: 'error',
      from: { path: `^src/${name}/` },
      to: { path: '^src/', pathNot: `^src/(${[name, ...below(name)].join('|')})/` },
    })),
    {
      name: 'only-map-imports-maplibre',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/map/' },
      to: { path: '^maplibre-gl$|node_modules/maplibre-gl/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a type from a higher layer is a dependency on it all the same.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.css$' },
  },
};

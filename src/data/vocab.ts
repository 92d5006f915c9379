// The words of the data model as plain values: languages, statuses, modes, kinds, units and the length ceilings.
// Kept apart from the schema so the first view can name them without loading the schema library; schema.ts
// builds its checks from these same lists.
export const LANGS = ['zh', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

// Every string has a ceiling, so no record can carry megabytes into a label, a panel or a validator.
export const MAX_ID = 80;
export const MAX_NAME = 1000;
export const MAX_TEXT = 4000;

export const STATUSES = ['operational', 'under_construction', 'planned', 'proposed', 'suspended'] as const;
export type Status = (typeof STATUSES)[number];

export const MODES = ['rail', 'road', 'ferry', 'sea', 'pipeline'] as const;
export type Mode = (typeof MODES)[number];

/** Track gauge in millimetres: standard, Russian broad, Indian broad. */
export const GAUGES = [1435, 1520, 1676] as const;

export const UNITS = [
  'km',
  'days',
  'hours',
  'trains',
  'TEU',
  't',
  'Mt',
  'Mt/year',
  'bcm/year',
  'USD',
  'USD bn',
  'MW',
  'GW',
  'GWh/year',
  'kV',
  'jobs',
  'percent',
  'km/h',
  'ha',
  'km2',
  'vehicles/day',
  'count',
] as const;

export const NODE_KINDS = [
  'city',
  'terminal',
  'dry_port',
  'seaport',
  'border_crossing',
  'gauge_change',
  'junction',
] as const;

export const PROJECT_KINDS = [
  'railway',
  'road',
  'bridge',
  'pipeline',
  'power',
  'industrial_park',
  'cooperation_zone',
  'logistics',
  'digital',
  'agriculture',
  'manufacturing',
  'science',
  'other',
] as const;

// Strings of the planner's answer as it travels: the route CSV, the crossings compared, the month that closes a
// seasonal leg, routes that tie. zh and ru mirror these.
export const answerEn = {
  routeCsvRoute: 'route',
  routeCsvStep: 'step',
  routeCsvLeg: 'leg',
  routeCsvKind: 'what',
  routeCsvDescription: 'description',
  routeCsvFrom: 'from / at',
  routeCsvTo: 'to',
  routeCsvKm: 'km',
  routeCsvHoursMin: 'hours min',
  routeCsvHoursTypical: 'hours typical',
  routeCsvHoursMax: 'hours max',
  routeCsvDaysMin: 'days min',
  routeCsvDaysTypical: 'days typical',
  routeCsvDaysMax: 'days max',
  routeCsvCountries: 'countries',
  routeCsvCorridors: 'corridors',
  routeCsvSeason: 'season',
  routeCsvSources: 'sources (ids in geo/sources.json)',
  routeCsvKindLeg: 'leg',
  routeCsvKindBorder: 'border wait',
  routeCsvKindGauge: 'gauge change',
  routeCsvKindTransshipment: 'transshipment',
  routeCsvKindTotal: 'total',
  routeCsvKindLicence: 'licence',
  routeCsvTotalText: '{legs} legs, {borders} borders, {gauges} gauge changes, {ships} transshipments',
} as const;

export type AnswerKey = keyof typeof answerEn;

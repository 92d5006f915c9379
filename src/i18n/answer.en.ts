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
  routeCsvTotalText: 'legs: {legs}, borders: {borders}, gauge changes: {gauges}, transshipments: {ships}',
  routeCrossingSea: '{a} → {b} by sea',
  routeCrossingOpen: '{a} → {b} (no crossing point in the data)',
  routeCrossingUnion: '{a} → {b} (no customs inside {union})',
  routeCrossingsList: 'Crossings of {route}',
  routeMonthClosed:
    'In {month} the {legs} is closed (open {from} to {to}); the routes shown go around it. In season the best route takes {days} days typical.',
  routeArrivalWait:
    'A train from China that ends in Central Asia waits at {place} for import clearance, splitting and onward forwarding: {time} more than the through trains to Europe (as CAREC measured for trains entering Kazakhstan in 2022).',
  routeOffMap:
    'Part of this route runs south of {lat}° S, beyond the map, which covers the corridor region only; the legs below list it in full.',
  routeMonthFerryWinter:
    'In {month} the Caspian ferry at {place} waits longer in winter weather: {time}, against {usual} the rest of the year.',
  routeTie: '{a} and {b} both take {days} days typical: {reason}.',
  routeTieFaster: '{a} comes first because it is {hours} h faster',
  routeTieFasterLittle: '{a} comes first because it is less than an hour faster',
  routeTieShorter: '{a} comes first because it is {km} km shorter',
  routeTieEqual: 'they are equal in time and distance, so either could come first',
  routeTieSea: '{b} is the sea route added for comparison',
  routeLegStops: 'At the end of leg {n}',
  routeMonthClosedOther: 'In {month} the {legs} is closed (open {from} to {to}); routes through it are not offered.',
  routeMonthClosedLegs:
    'In {month} these legs are closed: {legs} (open {from} to {to}); the routes shown go around them. In season the best route takes {days} days typical.',
  routeMonthClosedLegsOther:
    'In {month} these legs are closed: {legs} (open {from} to {to}); routes over them are not offered.',
  journeysTitle: 'Published journeys',
  journeysModel:
    'The planner’s times are fitted to {fitted} published door-to-door journeys and tested on {heldOut} more held out of the fit: on those its typical days are off by a median of {error}. {within} of all {total} fall within their published range widened by a fifth.',
  journeysNone: 'None of them runs over this route.',
  journeysOnRoute: { one: 'One of them runs over this route:', other: '{count} of them run over this route:' },
  journeysItem:
    '{from} → {to}, {date}: published {published} days ({publisher}); the planner, asked the same, {planner} days ({error}).',
  journeysReversed: 'the other way round',
  journeysHeldOut: 'held out of the fit',
  journeysFitted: 'used in the fit',
  journeysOutside: 'outside the published range ±20%',
} as const;

export type AnswerKey = keyof typeof answerEn;

// The route as a file: GeoJSON (a line per leg, a point per transfer) or the panel's answer as CSV (route-csv.ts),
// named after its ends, which route it is, and the day.
import type { Lang } from '../data/schema';
import { isoDate } from '../export/download';
import { routeToGeoJSON, type Network, type Route } from '../routing';
import { routeToPanelCsv } from './route-csv';

/** `index` is the route's place in the answer: 0 the best, 1… the alternatives (in the name from 1 on). */
export function routeFilename(route: Route, ext: string, now = new Date(), index = 0): string {
  const which = index > 0 ? `-alt${index}` : '';
  return `corridor-atlas-route-${route.from}-${route.to}${which}-${isoDate(now)}.${ext}`;
}

export function routeFile(
  route: Route,
  net: Network,
  format: 'geojson' | 'csv',
  lang: Lang = 'en',
  index = 0,
): { blob: Blob; filename: string } {
  if (format === 'csv')
    return {
      blob: new Blob([routeToPanelCsv(route, index, net, lang)], { type: 'text/csv;charset=utf-8' }),
      filename: routeFilename(route, 'csv', new Date(), index),
    };
  const text = `${JSON.stringify(routeToGeoJSON(route, net), null, 1)}\n`;
  return {
    blob: new Blob([text], { type: 'application/geo+json' }),
    filename: routeFilename(route, 'geojson', new Date(), index),
  };
}

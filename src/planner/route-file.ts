// The route as a file: GeoJSON (a line per leg, a point per transfer) or CSV (a row per leg), named after its ends
// and the day.
import { isoDate } from '../export/download';
import { routeToCSV, routeToGeoJSON, type Network, type Route } from '../routing';

export function routeFilename(route: Route, ext: string, now = new Date()): string {
  return `corridor-atlas-route-${route.from}-${route.to}-${isoDate(now)}.${ext}`;
}

export function routeFile(route: Route, net: Network, format: 'geojson' | 'csv'): { blob: Blob; filename: string } {
  if (format === 'csv')
    return {
      blob: new Blob([routeToCSV(route, net)], { type: 'text/csv;charset=utf-8' }),
      filename: routeFilename(route, 'csv'),
    };
  const text = `${JSON.stringify(routeToGeoJSON(route, net), null, 1)}\n`;
  return { blob: new Blob([text], { type: 'application/geo+json' }), filename: routeFilename(route, 'geojson') };
}

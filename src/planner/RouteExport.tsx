// The route on the map as files: GeoJSON (a line per leg, a point per transfer) and CSV (a row per leg), named
// after its ends and the day.
import type { Lang } from '../data/schema';
import { downloadBlob, isoDate } from '../export/download';
import { t } from '../i18n';
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

export function RouteExport({ route, net, lang }: { route: Route; net: Network; lang: Lang }) {
  const save = (format: 'geojson' | 'csv') => {
    const { blob, filename } = routeFile(route, net, format);
    downloadBlob(blob, filename);
  };
  return (
    <div className="route-export" role="group" aria-label={t(lang, 'routeExport')}>
      <span>{t(lang, 'routeExport')}:</span>
      <button
        type="button"
        aria-label={t(lang, 'routeExportAs', { format: 'GeoJSON' })}
        onClick={() => save('geojson')}
      >
        GeoJSON
      </button>
      <button type="button" aria-label={t(lang, 'routeExportAs', { format: 'CSV' })} onClick={() => save('csv')}>
        CSV
      </button>
    </div>
  );
}

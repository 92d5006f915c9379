// The route on the map as files: GeoJSON (a line per leg, a point per transfer) and CSV (a row per leg), named
// after its ends and the day.
import type { Lang } from '../data/schema';
import { downloadBlob } from '../export/download';
import { t } from '../i18n';
import type { Network, Route } from '../routing';
import { routeFile } from './route-file';

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

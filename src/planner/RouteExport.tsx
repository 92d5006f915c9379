// The route on the map as files: GeoJSON (a line per leg, a point per transfer) and CSV (the panel's answer: legs,
// the stops between them and the totals), named after its ends, which route it is, and the day.
import type { Lang } from '../data/schema';
import { downloadBlob } from '../export/download';
import { t } from '../i18n';
import type { Network, Route } from '../routing';
import { routeFile } from './route-file';

interface Props {
  route: Route;
  /** The route's place in the answer: 0 the best, 1… the alternatives. */
  index: number;
  net: Network;
  lang: Lang;
}

export function RouteExport({ route, index, net, lang }: Props) {
  const save = (format: 'geojson' | 'csv') => {
    const { blob, filename } = routeFile(route, net, format, lang, index);
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

// The route on the map as files: GeoJSON (a line per leg, a point per transfer) and CSV (the panel's answer: legs,
// the stops between them and the totals), named after its ends, which route it is, and the day.
import { requireStage } from '../data/dataset';
import type { Lang } from '../data/schema';
import { downloadBlob } from '../export/download';
import { t } from '../i18n';
import type { Network, Route } from '../routing';
import { useAppStore } from '../store';
import { routeFile } from './route-file';
import { networkFor } from './use-plan';

interface Props {
  route: Route;
  /** The route's place in the answer: 0 the best, 1… the alternatives. */
  index: number;
  net: Network;
  lang: Lang;
}

export function RouteExport({ route, index, net, lang }: Props) {
  const save = async (format: 'geojson' | 'csv') => {
    try {
      // The file's lines are the legs' full geometry: the planner may have answered before it arrived. The network
      // built on it has the same legs, in the same order, with the same km.
      const lines = format === 'geojson' ? networkFor(await requireStage('routing')) : net;
      const { blob, filename } = routeFile(route, lines, format, lang, index);
      downloadBlob(blob, filename);
    } catch (err) {
      useAppStore.getState().notify('error', t(lang, 'exportFailed', { detail: (err as Error).message }));
    }
  };
  return (
    <div className="route-export" role="group" aria-label={t(lang, 'routeExport')}>
      <span>{t(lang, 'routeExport')}:</span>
      <button
        type="button"
        aria-label={t(lang, 'routeExportAs', { format: 'GeoJSON' })}
        onClick={() => void save('geojson')}
      >
        GeoJSON
      </button>
      <button type="button" aria-label={t(lang, 'routeExportAs', { format: 'CSV' })} onClick={() => void save('csv')}>
        CSV
      </button>
    </div>
  );
}

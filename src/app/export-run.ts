// What the export menu does once asked: loaded on the first export, with the export code and, for the picture's
// legend, the planner's answer for the route on the map.
import { datasetFile, datasetFilename } from '../export/dataset';
import { pictureFile, recordsFile, type ExportFormat, type PictureSize } from '../export/actions';
import { exportFilename } from '../export/download';
import type { PictureRoute } from '../export/picture-legend';
import { requireStage } from '../data/dataset';
import { indexFor, type AtlasIndex } from '../data/indexes';
import type { Dataset } from '../data/schema';
import type { Status } from '../data/vocab';
import { loadToolStrings, type Lang } from '../i18n';
import { networkFor, planState } from '../planner/use-plan';
import { carrierWord, placeName } from '../planner/words';
import { useAppStore } from '../store';

export type MenuFormat = ExportFormat | 'data-geojson' | 'data-csv';

const PICTURE_SIZES: Partial<Record<ExportFormat, PictureSize>> = {
  png: 'screen',
  'png-slides': 'slides',
  'png-print': 'print',
};

const dataFormat = (format: MenuFormat) =>
  format === 'data-geojson' ? 'geojson' : format === 'data-csv' ? 'csv' : null;

export function exportFileName(format: MenuFormat): string {
  const data = dataFormat(format);
  return data ? datasetFilename(data, new Date()) : exportFilename(format as ExportFormat);
}

/** The route the map draws, for the picture's legend. */
function pictureRoute(data: Dataset, lang: Lang): PictureRoute | null {
  const plan = useAppStore.getState().routePlan;
  if (!plan.from || !plan.to) return null;
  const { net, chosen } = planState(networkFor(data), plan);
  if (!net || !chosen) return null;
  return {
    route: chosen,
    placeName: (id) => placeName(net, id, lang),
    carrierWord: (c) => carrierWord(c, lang),
  };
}

export async function exportFile(
  format: MenuFormat,
  shown: ReadonlyMap<string, Status>,
  lang: Lang,
  year: number | null,
): Promise<{ blob: Blob; filename: string }> {
  // Files carry every record's details and full geometry: the whole data is fetched first (once).
  const data = await requireStage('routing');
  const index: AtlasIndex = indexFor(data);
  const kind = dataFormat(format);
  if (kind) return datasetFile(kind, index);
  const size = PICTURE_SIZES[format as ExportFormat];
  if (size !== undefined) {
    // The legend names a route on the map in the planner's words.
    if (useAppStore.getState().routePlan.from) await loadToolStrings(lang);
    return pictureFile(index, shown, lang, year, size, pictureRoute(data, lang));
  }
  return recordsFile(format as 'geojson' | 'csv', index, shown);
}

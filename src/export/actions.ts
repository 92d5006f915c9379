// The three exports as files: what the reader sees, filtered as they filtered it.
import type { AtlasIndex } from '../data/indexes';
import type { Status } from '../data/schema';
import { t, type Lang } from '../i18n';
import { mapSnapshot } from '../map/snapshot';
import { toCsv } from './csv';
import { exportFilename, isoDate } from './download';
import { flatten } from './flatten';
import { geoJsonText, toGeoJson } from './geojson';
import { canvasToPng, composeImage, type PictureFrame } from './image';
import { PAD } from './image-layout';
import { drawnRecords, pictureLegend, type PictureRoute } from './picture-legend';
import { summariseAll } from './records';
import { LEGEND_COLUMN } from './slide-layout';

export type ExportFormat = 'geojson' | 'csv' | 'png' | 'png-slides' | 'png-print';

export interface ExportFile {
  blob: Blob;
  filename: string;
}

export const EXTENSIONS: Record<ExportFormat, string> = {
  geojson: 'geojson',
  csv: 'csv',
  png: 'png',
  'png-slides': 'png',
  'png-print': 'png',
};

export type PictureSize = 'screen' | 'slides' | 'print';

/** Slides: 1920×1080 output pixels, laid out as a 1280×720 page, so the text is as big as on a 720p slide. */
const SLIDES: PictureFrame = { width: 1920, height: 1080, scale: 1.5 };
/**
 * The map's part of that page, about: beside the legend column, under the title and above the credits. The slide
 * cuts the drawn map to its exact frame, so a few pixels either way only trim an edge.
 */
const SLIDE_MAP = {
  width: SLIDES.width / SLIDES.scale - LEGEND_COLUMN - PAD,
  height: SLIDES.height / SLIDES.scale - 110,
};

export function recordsFile(
  format: 'geojson' | 'csv',
  index: AtlasIndex,
  shown: ReadonlyMap<string, Status>,
): ExportFile {
  const records = summariseAll(index, shown);
  const filename = exportFilename(EXTENSIONS[format]);
  if (format === 'csv') {
    const text = toCsv(records.map((r) => flatten(r, index.sources)));
    return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), filename };
  }
  const text = geoJsonText(toGeoJson(records, index.sources));
  return { blob: new Blob([text], { type: 'application/geo+json' }), filename };
}

/** Publishers of the sources behind the shown records, most used first, so the credit names who said what. */
export function publishers(index: AtlasIndex, shown: ReadonlyMap<string, Status>, max = 8): string {
  const counts = new Map<string, number>();
  for (const id of shown.keys())
    for (const s of index.byId.get(id)?.props.sources ?? []) {
      const p = index.sources.get(s)?.publisher ?? s;
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  return sorted.length > max ? `${sorted.slice(0, max).join('; ')} (+${sorted.length - max})` : sorted.join('; ');
}

export async function pictureFile(
  index: AtlasIndex,
  shown: ReadonlyMap<string, Status>,
  lang: Lang,
  year: number | null,
  size: PictureSize = 'screen',
  route: PictureRoute | null = null,
): Promise<ExportFile> {
  const screen = window.devicePixelRatio || 1;
  // Print doubles the screen's sharpness. Slides draw the map at the size of the slide's map in layout pixels, at
  // the slide's scale: labels and lines come out the same size on the slide whatever screen made it.
  const options =
    size === 'print'
      ? { pixelRatio: 2 * screen }
      : size === 'slides'
        ? { pixelRatio: SLIDES.scale, size: SLIDE_MAP }
        : { pixelRatio: screen };
  const now = new Date();
  const shownText = t(lang, 'pictureShown', { date: isoDate(now), count: shown.size });
  const canvas = await mapSnapshot(
    (snap) =>
      composeImage(
        snap.image,
        snap.cssWidth,
        snap.cssHeight,
        {
          title: `${t(lang, 'appTitle')} — ${t(lang, 'appTagline')}`,
          subtitle: year === null ? shownText : `${shownText} · ${t(lang, 'pictureYear', { year })}`,
          attribution: [
            t(lang, 'pictureMap', { attribution: snap.attribution.replace(/\s*\|\s*/g, '; ') || 'Natural Earth' }),
            t(lang, 'pictureSources', { sources: publishers(index, shown) }),
          ].join(' '),
        },
        (box) => {
          const drawn = snap.drawnIn(box);
          return pictureLegend(
            index,
            drawnRecords(shown, drawn),
            lang,
            route,
            drawn.some((d) => d.grouped),
          );
        },
        size === 'slides' ? SLIDES : undefined,
      ),
    options,
  );
  if (!canvas) throw new Error(t(lang, 'exportNoMap'));
  return { blob: await canvasToPng(canvas), filename: exportFilename('png', now) };
}

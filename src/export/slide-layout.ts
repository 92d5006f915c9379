// A slide (a fixed 16:9 frame): the title on top, the credits at the foot, the map as large as the rest allows
// and the legend in a column at its right, so a long legend never squeezes the map into a strip.
// Pure, in layout pixels, with text measured by the caller.
import {
  fit,
  LINE,
  PAD,
  SWATCH,
  titleBlock,
  wrap,
  type ImageContent,
  type ImageLayout,
  type Measure,
  type PlacedText,
} from './image-layout';

/** The legend column's width in layout pixels: room for a corridor's name on one line at 12 px. */
export const LEGEND_COLUMN = 300;

type Rect = ImageLayout['map'];

/** Where the map goes on the slide: known before the legend, so the legend can name what that part of the map draws. */
export function slideMapRect(
  content: Omit<ImageContent, 'sections'>,
  frame: { width: number; height: number },
  measure: Measure,
  columns = 1,
): Rect {
  const top = titleBlock(content, frame.width - 2 * PAD, measure).bottom;
  const credits = wrap(content.attribution, frame.width - 2 * PAD, (t) => measure(t, 'small')).length;
  const bottom = frame.height - PAD - credits * (LINE - 4) - 6;
  return { x: 0, y: top, width: frame.width - columns * LEGEND_COLUMN - PAD, height: Math.max(120, bottom - top) };
}

export interface SlideLayout extends ImageLayout {
  /** Legend entries that did not fit, counted in the last line. */
  hidden: number;
}

/**
 * The slide's texts and swatches. Legend entries run down the column (then a second one when `columns` is 2), one
 * per line; what does not fit above the map's foot is counted in a last line ("+ 7"), never drawn over the credits.
 */
export function layoutSlide(
  content: ImageContent,
  frame: { width: number; height: number },
  measure: Measure,
  columns = 1,
): SlideLayout {
  const map = slideMapRect(content, frame, measure, columns);
  const inner = frame.width - 2 * PAD;
  const texts: PlacedText[] = titleBlock(content, inner, measure).texts;
  let y: number;

  const swatches: ImageLayout['swatches'] = [];
  const foot = map.y + map.height;
  const rows = content.sections
    .filter((s) => s.entries.length)
    .flatMap((s) => [{ title: s.title }, ...s.entries.map((e) => ({ entry: e }))]);
  let column = 0;
  let x = map.x + map.width + PAD;
  const width = LEGEND_COLUMN - PAD;
  let hidden = 0;
  y = map.y;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const last = column === columns - 1;
    // In the last column keep one line free for the count of what is left, unless this is the last row.
    if (y + LINE > foot - (last && i < rows.length - 1 ? LINE : 0)) {
      if (!last) {
        column++;
        x += LEGEND_COLUMN;
        y = map.y;
      } else {
        hidden = rows.slice(i).filter((r) => 'entry' in r).length;
        if (hidden) texts.push({ text: `+ ${hidden}`, style: 'small', x, y: y + LINE - 4 });
        break;
      }
    }
    if ('title' in row) {
      y += y > map.y ? LINE + 2 : LINE - 4;
      texts.push({ text: row.title, style: 'section', x, y });
      y += 2;
    } else {
      y += LINE;
      swatches.push({ swatch: row.entry.swatch, x, y: y - 5 });
      const label = fit(row.entry.label, width - SWATCH - 6, (t) => measure(t, 'entry'));
      texts.push({ text: label, style: 'entry', x: x + SWATCH + 6, y });
    }
  }
  y = foot + 6;
  for (const line of wrap(content.attribution, inner, (t) => measure(t, 'small'))) {
    y += LINE - 4;
    texts.push({ text: line, style: 'small', x: PAD, y });
  }
  return { width: frame.width, height: frame.height, map, texts, swatches, hidden };
}

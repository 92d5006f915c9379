// Where each part of the exported picture goes: a title band, the map, a legend that flows into rows, and the
// attribution. Pure, in CSS pixels, with text measured by the caller, so it can be tested without a canvas.

export type Swatch =
  | { kind: 'line'; colour: string; dash?: number[]; opacity?: number; casing?: string }
  | { kind: 'pipe'; colour: string; core: string }
  | { kind: 'dot'; colour: string; ring?: string };

export interface LegendEntry {
  label: string;
  swatch: Swatch;
}

export interface LegendSection {
  title: string;
  entries: LegendEntry[];
}

export interface ImageContent {
  title: string;
  subtitle: string;
  sections: LegendSection[];
  attribution: string;
}

export type TextStyle = 'title' | 'subtitle' | 'section' | 'entry' | 'small';
export type Measure = (text: string, style: TextStyle) => number;

export interface PlacedText {
  text: string;
  style: TextStyle;
  x: number;
  /** Baseline. */
  y: number;
}

export interface ImageLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  texts: PlacedText[];
  swatches: { swatch: Swatch; x: number; y: number }[];
}

export const PAD = 12;
/** The map starts at least this far down, below a one-line title and the subtitle. */
export const TITLE_BAND = 52;
const TITLE_LINE = 20;
export const LINE = 18;
export const SWATCH = 22;
const GAP = 16;

/** Lines no wider than `max`: breaks at spaces, and inside words that would not fit (Chinese has no spaces). */
export function wrap(text: string, max: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)/)) {
    if (measure(line + word) <= max || !line) line += word;
    else {
      lines.push(line.trimEnd());
      line = word;
    }
    while (measure(line.trimEnd()) > max && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > max) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The text cut to `max` with an ellipsis, for legend labels too long for the picture. */
export function fit(text: string, max: number, measure: (t: string) => number): string {
  if (measure(text) <= max) return text;
  let cut = text.length;
  while (cut > 1 && measure(`${text.slice(0, cut).trimEnd()}…`) > max) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** The title (wrapped) and the subtitle (cut to fit) at the top of a picture; `bottom` is where what follows starts. */
export function titleBlock(
  content: Pick<ImageContent, 'title' | 'subtitle'>,
  inner: number,
  measure: Measure,
): { texts: PlacedText[]; bottom: number } {
  const texts: PlacedText[] = [];
  let y = 4;
  for (const line of wrap(content.title, inner, (t) => measure(t, 'title'))) {
    y += TITLE_LINE;
    texts.push({ text: line, style: 'title', x: PAD, y });
  }
  y += LINE;
  texts.push({ text: fit(content.subtitle, inner, (t) => measure(t, 'subtitle')), style: 'subtitle', x: PAD, y });
  return { texts, bottom: y + 10 };
}

export function layoutImage(
  content: ImageContent,
  map: { width: number; height: number },
  measure: Measure,
): ImageLayout {
  const width = map.width;
  const inner = width - 2 * PAD;
  // The title wraps on a narrow picture; the map moves down to make room.
  const title = titleBlock(content, inner, measure);
  const texts = title.texts;
  const mapTop = Math.max(TITLE_BAND, title.bottom);
  let y: number;
  const swatches: ImageLayout['swatches'] = [];
  y = mapTop + map.height + PAD;
  for (const section of content.sections) {
    if (!section.entries.length) continue;
    y += LINE - 4;
    texts.push({ text: section.title, style: 'section', x: PAD, y });
    y += 6;
    let x = PAD;
    let rowY = y + LINE - 4;
    for (const entry of section.entries) {
      const label = fit(entry.label, inner - SWATCH - 6, (t) => measure(t, 'entry'));
      const w = SWATCH + 6 + measure(label, 'entry');
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        rowY += LINE;
      }
      swatches.push({ swatch: entry.swatch, x, y: rowY - 5 });
      texts.push({ text: label, style: 'entry', x: x + SWATCH + 6, y: rowY });
      x += w + GAP;
    }
    y = rowY + 8;
  }
  for (const line of wrap(content.attribution, inner, (t) => measure(t, 'small'))) {
    y += LINE - 4;
    texts.push({ text: line, style: 'small', x: PAD, y });
  }
  return {
    width,
    height: Math.ceil(y + PAD),
    map: { x: 0, y: mapTop, width: map.width, height: map.height },
    texts,
    swatches,
  };
}

// The picture of the current view: the map canvas with a title, a legend and the attribution around it,
// drawn on a 2D canvas and encoded as PNG.
import {
  layoutImage,
  type ImageContent,
  type ImageLayout,
  type LegendSection,
  type Swatch,
  type TextStyle,
} from './image-layout';
import { layoutSlide, slideMapRect } from './slide-layout';

const FONT_FAMILY = "'Noto Sans', 'Noto Sans CJK SC', system-ui, sans-serif";
const FONTS: Record<TextStyle, string> = {
  title: `600 18px ${FONT_FAMILY}`,
  subtitle: `13px ${FONT_FAMILY}`,
  section: `600 12px ${FONT_FAMILY}`,
  entry: `12px ${FONT_FAMILY}`,
  small: `11px ${FONT_FAMILY}`,
};
const INK = { title: '#1d2733', subtitle: '#4a5868', section: '#1d2733', entry: '#1d2733', small: '#4a5868' };

function drawSwatch(ctx: CanvasRenderingContext2D, s: Swatch, x: number, y: number): void {
  ctx.save();
  const stroke = (colour: string, width: number, dash: number[] = []) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.lineCap = 'butt';
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 22, y);
    ctx.stroke();
  };
  if (s.kind === 'line') {
    if (s.casing) stroke(s.casing, 6);
    ctx.globalAlpha = s.opacity ?? 1;
    stroke(s.colour, 3, s.dash);
  } else if (s.kind === 'pipe') {
    // A pipeline is a double line on the map: a brown line with a light core.
    stroke(s.colour, 4);
    stroke(s.core, 1.4);
  } else {
    ctx.fillStyle = s.colour;
    ctx.strokeStyle = s.ring ?? '#ffffff';
    ctx.lineWidth = s.ring ? 2 : 1.5;
    ctx.beginPath();
    ctx.arc(x + 11, y, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

/** A fixed size for the picture, in output pixels: slides are 1920×1080 whatever the screen. */
export interface PictureFrame {
  width: number;
  height: number;
  /** Output pixels per layout pixel: text and swatches grow with it. */
  scale: number;
}

/** A box on the map in CSS pixels: [[left, top], [right, bottom]]. */
export type MapBox = [[number, number], [number, number]];

/**
 * `map` is a copy of the map canvas in device pixels; `cssWidth` and `cssHeight` its size on screen.
 * The picture keeps the map's device resolution, so it is as sharp as what the reader saw. `legendFor` gives the
 * legend of the part of the map the picture keeps (a slide cuts the map to its frame).
 */
export function composeImage(
  map: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
  content: Omit<ImageContent, 'sections'>,
  legendFor: (box: MapBox) => LegendSection[],
  frame?: PictureFrame,
): HTMLCanvasElement {
  const ratio = frame ? frame.scale : map.width / cssWidth;
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new Error('2D canvas unavailable');
  const measure = (text: string, style: TextStyle) => {
    probe.font = FONTS[style];
    return probe.measureText(text).width;
  };
  const { layout, crop } = frame
    ? fitSlide(map, cssWidth, content, legendFor, { width: frame.width / ratio, height: frame.height / ratio }, measure)
    : {
        layout: layoutImage(
          {
            ...content,
            sections: legendFor([
              [0, 0],
              [cssWidth, cssHeight],
            ]),
          },
          { width: cssWidth, height: cssHeight },
          measure,
        ),
        crop: { x: 0, y: 0, width: map.width, height: map.height },
      };
  const out = document.createElement('canvas');
  out.width = frame ? frame.width : Math.round(layout.width * ratio);
  out.height = frame ? frame.height : Math.round(layout.height * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width / ratio, out.height / ratio);
  const m = layout.map;
  ctx.drawImage(map, crop.x, crop.y, crop.width, crop.height, m.x, m.y, m.width, m.height);
  ctx.strokeStyle = '#d5dbe1';
  ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.width - 1, m.height - 1);
  for (const { swatch, x, y } of layout.swatches) drawSwatch(ctx, swatch, x, y);
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    ctx.font = FONTS[t.style];
    ctx.fillStyle = INK[t.style];
    ctx.fillText(t.text, t.x, t.y);
  }
  return out;
}

/**
 * A slide's layout and the part of the map it keeps: one legend column beside the map, and a second one, taken from
 * the map, only when one cannot hold the legend of what that part of the map draws.
 */
function fitSlide(
  map: HTMLCanvasElement,
  cssWidth: number,
  content: Omit<ImageContent, 'sections'>,
  legendFor: (box: MapBox) => LegendSection[],
  size: { width: number; height: number },
  measure: (text: string, style: TextStyle) => number,
): { layout: ImageLayout; crop: ReturnType<typeof cover> } {
  const toCss = cssWidth / map.width;
  let fitted: { layout: ImageLayout; crop: ReturnType<typeof cover> } | undefined;
  for (const columns of [1, 2]) {
    const rect = slideMapRect(content, size, measure, columns);
    const crop = cover(map.width, map.height, rect.width / rect.height);
    const box: MapBox = [
      [crop.x * toCss, crop.y * toCss],
      [(crop.x + crop.width) * toCss, (crop.y + crop.height) * toCss],
    ];
    const layout = layoutSlide({ ...content, sections: legendFor(box) }, size, measure, columns);
    fitted = { layout, crop };
    if (!layout.hidden) break;
  }
  return fitted!;
}

/** The middle part of a w×h image with the given aspect ratio (the map is cut, never stretched). */
function cover(w: number, h: number, aspect: number): { x: number; y: number; width: number; height: number } {
  if (w / h > aspect) return { x: (w - h * aspect) / 2, y: 0, width: h * aspect, height: h };
  return { x: 0, y: (h - w / aspect) / 2, width: w, height: w / aspect };
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

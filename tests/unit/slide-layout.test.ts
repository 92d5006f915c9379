// A slide keeps the map large whatever the legend's length: the legend runs down a column at the map's right, and
// what does not fit is counted, never drawn over the map or the credits.
import { describe, expect, it } from 'vitest';
import type { ImageContent } from '../../src/export/image-layout';
import { LEGEND_COLUMN, layoutSlide, slideMapRect } from '../../src/export/slide-layout';

const measure = (t: string) => t.length * 7;
const FRAME = { width: 1280, height: 720 };

function content(entries: number): ImageContent {
  return {
    title: 'Corridor Atlas — Transport corridors, ports and crossings of the SCO region',
    subtitle: '2026-12-07 · 479 records shown',
    sections: [
      {
        title: 'Corridors',
        entries: Array.from({ length: entries }, (_, i) => ({
          label: `Corridor number ${i + 1}`,
          swatch: { kind: 'line' as const, colour: '#336699' },
        })),
      },
    ],
    attribution: 'Map: Natural Earth; Sea lanes: Eurostat marnet (EUPL-1.2) · Ports: NGA World Port Index',
  };
}

describe('the slide layout', () => {
  it('gives the map the frame less the legend column, title and credits, and puts the legend at its right', () => {
    const layout = layoutSlide(content(5), FRAME, measure);
    expect(layout.map.width).toBe(FRAME.width - LEGEND_COLUMN - 12);
    expect(layout.map.height).toBeGreaterThan(0.8 * FRAME.height);
    const entries = layout.texts.filter((t) => t.style === 'entry');
    expect(entries).toHaveLength(5);
    expect(entries.every((t) => t.x > layout.map.x + layout.map.width)).toBe(true);
    expect(entries.every((t) => t.x + measure(t.text) <= FRAME.width)).toBe(true);
  });

  it('places the map the same whatever the legend, so the legend can be made for that part of the map', () => {
    expect(layoutSlide(content(40), FRAME, measure).map).toEqual(slideMapRect(content(0), FRAME, measure));
  });

  it('counts the entries that do not fit instead of drawing them past the map', () => {
    const layout = layoutSlide(content(60), FRAME, measure);
    const foot = layout.map.y + layout.map.height;
    const drawn = layout.texts.filter((t) => t.style === 'entry');
    expect(drawn.length).toBeLessThan(60);
    expect(drawn.every((t) => t.y <= foot)).toBe(true);
    const more = layout.texts.find((t) => t.text.startsWith('+ '));
    expect(more?.text).toBe(`+ ${60 - drawn.length}`);
    expect(layout.swatches).toHaveLength(drawn.length);
    const credits = layout.texts.filter((t) => t.style === 'small' && !t.text.startsWith('+ '));
    expect(credits.every((t) => t.y > foot && t.y <= FRAME.height)).toBe(true);
  });

  it('runs into a second column, taken from the map, when asked for two', () => {
    const one = layoutSlide(content(60), FRAME, measure);
    const two = layoutSlide(content(60), FRAME, measure, 2);
    expect(two.map.width).toBe(one.map.width - LEGEND_COLUMN);
    const xs = new Set(two.texts.filter((t) => t.style === 'entry').map((t) => t.x));
    expect(xs.size).toBe(2);
    expect(two.hidden).toBeLessThan(one.hidden);
    expect(two.texts.filter((t) => t.style === 'entry')).toHaveLength(60 - two.hidden);
  });
});

// @vitest-environment jsdom
// The route CSV is the panel's answer: the file the Export button saves adds up to the totals the panel shows, has
// a row for every leg and for every border wait, gauge change and transshipment, names the route it is, and speaks
// the reader's language. Real data, Xi'an → Duisburg with and without Russia.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { loadGeoDataset } from '../../src/data/load-node';
import { RoutePanel } from '../../src/planner/RoutePanel';
import { useAppStore } from '../../src/store';
import { EMPTY_PLAN, type RoutePlan } from '../../src/store/route-slice';
import { readCsv } from '../csv';

// The browser's download is the one thing a test cannot watch; the file handed to it is kept instead.
const saved: { blob: Blob; filename: string }[] = [];
vi.mock('../../src/export/download', async (original) => ({
  ...(await original<typeof import('../../src/export/download')>()),
  downloadBlob: (blob: Blob, filename: string) => saved.push({ blob, filename }),
}));

beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  provideDataset(loaded.data);
});
afterEach(() => {
  cleanup();
  saved.length = 0;
});

function openWith(plan: Partial<RoutePlan>, lang: 'en' | 'zh' | 'ru' = 'en') {
  useAppStore.setState({ lang, routePlan: { ...EMPTY_PLAN, ...plan } });
  return render(<RoutePanel />);
}

/** The chosen route's value of a measure in the comparison table. */
function chosenCell(label: string): string {
  const header = [...screen.getByRole('table').querySelectorAll('tbody th')].find((th) => th.textContent === label);
  if (!header) throw new Error(`no measure ${label}`);
  return document.querySelector(`td.chosen[headers~="${header.id}"]`)!.textContent!;
}

/** The file's text, byte-order mark kept (jsdom's Blob has no text(); a decoder would drop the mark). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function exportCsv(): Promise<{ text: string; rows: Record<string, string>[]; filename: string }> {
  await userEvent.setup().click(screen.getByRole('button', { name: 'Export the route on the map as CSV' }));
  const { blob, filename } = saved.at(-1)!;
  const text = await blobText(blob);
  const [header, ...body] = readCsv(text.replace(/^\uFEFF/, ''));
  return { text, filename, rows: body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}

const sum = (rows: Record<string, string>[], column: string) =>
  rows.reduce((s, r) => s + (r[column] ? Number(r[column]) : 0), 0);

describe('the route CSV', () => {
  it('adds up to the panel’s totals for Xi’an → Duisburg avoiding Russia', async () => {
    openWith({ from: 'Xi’an', to: 'Duisburg', avoid: ['RUS'] });
    const panelDays = chosenCell('Days: typical (min–max)'); // "23.6 (…–…) (best)"
    const [typical, min, max] = panelDays.match(/[\d.]+/g)!.map(Number);
    const panelKm = Number(chosenCell('Distance, km').replace(/,/g, ''));
    const { text, rows, filename } = await exportCsv();

    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(filename).toMatch(/^corridor-atlas-route-xian-duisburg-\d{4}-\d\d-\d\d\.csv$/);
    const steps = rows.filter((r) => r.step);
    const legs = steps.filter((r) => r.what === 'leg');
    expect(legs.map((r) => Number(r.leg))).toEqual(legs.map((_, i) => i + 1));
    expect(screen.getByText(`Legs of the route on the map (${legs.length})`)).toBeTruthy();
    // The time between legs is in the file: border waits, gauge changes and transshipments, as counted in the panel.
    const count = (what: string) => steps.filter((r) => r.what === what).length;
    expect(count('border wait')).toBe(Number(chosenCell('Border crossings').match(/^\d+/)![0]));
    expect(count('gauge change')).toBe(Number(chosenCell('Gauge breaks')));
    expect(count('transshipment')).toBe(Number(chosenCell('Trans\u00ADshipments')));
    // Every row adds up to what the panel says, to the tenth of a day it shows.
    expect(Math.abs(sum(steps, 'hours typical') / 24 - typical!)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(sum(steps, 'hours min') / 24 - min!)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(sum(steps, 'hours max') / 24 - max!)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(sum(legs, 'km') - panelKm)).toBeLessThanOrEqual(1);
    // The legs alone fall short of the panel's answer: the stops between them are a real part of the time.
    expect(sum(legs, 'hours typical') / 24).toBeLessThan(typical! - 1);
    const total = rows.find((r) => r.what === 'total')!;
    expect([total['days typical'], total['days min'], total['days max']].map(Number)).toEqual([typical, min, max]);
    expect(Number(total.km)).toBe(panelKm);
    expect(total.route).toBe('Best');
    expect(rows.at(-1)).toMatchObject({ what: 'licence' });
    expect(rows.at(-1)!.description).toContain('CC BY 4.0');
  });

  it('names the alternative shown, in the file and its name', async () => {
    openWith({ from: 'Xi’an', to: 'Duisburg' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show Alternative 1' }));
    const { rows, filename } = await exportCsv();
    expect(filename).toMatch(/-xian-duisburg-alt1-/);
    expect(new Set(rows.map((r) => r.route))).toEqual(new Set(['Alternative 1']));
  });

  it('speaks the reader’s language: headers, places and words', async () => {
    openWith({ from: 'Xi’an', to: 'Duisburg', avoid: ['RUS'] }, 'ru');
    await userEvent.setup().click(screen.getByRole('button', { name: /в CSV$/ }));
    const text = await blobText(saved.at(-1)!.blob);
    const [header, first] = readCsv(text.replace(/^\uFEFF/, ''));
    expect(header!.slice(0, 4)).toEqual(['маршрут', 'шаг', 'участок', 'что']);
    expect(first).toContain('Сиань');
    expect(text).toContain('Дуйсбург');
    expect(text).toContain('итого');
    expect(text).not.toMatch(/\bDuisburg\b/);
  });
});

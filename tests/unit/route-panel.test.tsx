// @vitest-environment jsdom
// The Route tab as a planner uses it, on the real data: places typed in any language, options, the comparison,
// the strip of legs, a reason when there is no route, and "Route from here" in a place's details.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { loadGeoDataset } from '../../src/data/load-node';
import { ExplorePanel } from '../../src/panels/ExplorePanel';
import { RoutePanel } from '../../src/planner/RoutePanel';
import { useAppStore } from '../../src/store';
import { EMPTY_PLAN, type RoutePlan } from '../../src/store/route-slice';

beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  provideDataset(loaded.data);
});
afterEach(cleanup);

function openWith(plan: Partial<RoutePlan> = {}, lang: 'en' | 'zh' | 'ru' = 'en') {
  useAppStore.setState({ lang, routePlan: { ...EMPTY_PLAN, ...plan } });
  return render(<RoutePanel />);
}

/** The values of a measure in the comparison table, one per route: the cells whose headers name the measure. */
function cells(label: string | RegExp): string[] {
  const named = (th: Element) =>
    typeof label === 'string' ? th.textContent === label : label.test(th.textContent ?? '');
  const header = [...screen.getByRole('table').querySelectorAll('tbody th')].find(named);
  if (!header) throw new Error(`no measure ${String(label)} in the table`);
  return [...document.querySelectorAll(`td[headers~="${header.id}"]`)].map((c) => c.textContent!);
}

async function choosePlace(label: string, text: string) {
  const user = userEvent.setup();
  const box = screen.getByRole('combobox', { name: label });
  await user.click(box);
  await user.type(box, text);
  await screen.findAllByRole('option');
  await user.keyboard('{Enter}');
}

describe('planning a route', () => {
  it('plans Wuhan → Ташкент from typed names: about ten days, with the comparison and the strips', async () => {
    openWith();
    await choosePlace('From', 'Wuhan');
    await choosePlace('To', 'Ташкент');
    expect(useAppStore.getState().routePlan).toMatchObject({ from: 'wuhan', to: 'tashkent' });
    expect(screen.getByRole('heading', { level: 3, name: 'Wuhan → Tashkent' })).toBeTruthy();
    // Published: about 10 days (seed-000); the best route's range holds it.
    const [best] = cells('Days: typical (min–max)');
    const [, min, max] = best!.match(/\(([\d.]+)–([\d.]+)\)/)!.map(Number);
    expect(min).toBeLessThanOrEqual(10);
    expect(max).toBeGreaterThanOrEqual(10);
    // The rail–road service by Kashgar and Irkeshtam, as the Hubei train of 2025 ran; the rail route by Khorgos, whose
    // trains wait at the border for Central Asia, is the alternative.
    expect(cells('Countries')[0]).toContain('CHN → KGZ → UZB');
    expect(cells('Countries')[1]).toContain('CHN → KAZ → UZB');
    expect(cells('Gauge breaks')[0]).toBe('0');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Best', 'Alternative 1', 'Alternative 2']),
    );
    expect(screen.getByRole('button', { name: 'Shown Best' }).getAttribute('aria-pressed')).toBe('true');
    // The strip's text for screen readers: the legs in order, with the move from rail to road.
    const legs = screen.getByRole('list', { name: /^Best: \d+ legs$/ });
    const steps = within(legs)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps[0]).toMatch(/^rail 1435 mm: Wuhan → /);
    expect(steps.some((s) => /^Transshipment at Kashgar: rail 1435 mm → road/.test(s!))).toBe(true);
    expect(steps.at(-1)).toMatch(/→ Tashkent, /);
  });

  it('shows the chosen alternative as the one on the map', async () => {
    openWith({ from: 'wuhan-wujiashan', to: 'tashkent' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show Alternative 1' }));
    expect(useAppStore.getState().routePlan.choice).toBe(1);
    expect(screen.getByRole('button', { name: 'Shown Alternative 1' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('adds a stop on the way and plans through it', async () => {
    openWith({ from: 'wuhan-wujiashan', to: 'tashkent' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add a stop' }));
    await choosePlace('Via 1', 'Osh');
    expect(useAppStore.getState().routePlan.via).toEqual(['osh']);
    expect(screen.getByRole('heading', { level: 3, name: 'Wuhan Wujiashan station → Osh → Tashkent' })).toBeTruthy();
    expect(cells('Countries')[0]).toContain('KGZ');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove stop 1' }));
    expect(useAppStore.getState().routePlan.via).toEqual([]);
  });

  it('avoiding Russia on Xi’an → Duisburg takes the Middle Corridor across the Caspian', async () => {
    openWith({ from: 'Xi’an', to: 'Duisburg' });
    const user = userEvent.setup();
    await user.click(screen.getByText('Avoid countries'));
    await user.click(screen.getByRole('checkbox', { name: /^Russia/ }));
    expect(useAppStore.getState().routePlan.avoid).toEqual(['RUS']);
    expect(screen.getByRole('button', { name: 'Stop avoiding Russia' })).toBeTruthy();
    const countries = cells('Countries')[0]!;
    expect(countries).toMatch(/CHN → KAZ → AZE → GEO/);
    expect(countries).not.toContain('RUS');
    expect(cells('Corridors')[0]).toContain('Middle Corridor');
    expect(cells(/^Trans\u00ADshipments$/)[0]).not.toBe('0');
  });

  it('opens the CKU railway through Torugart in the planned scenario', async () => {
    openWith({ from: 'Kashgar', to: 'Jalal-Abad', modes: ['rail'] });
    expect(document.querySelector('.route-failure-reason')!.textContent).toContain('via Torugart');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Plan with planned links' }));
    expect(screen.getByRole('radio', { name: /Include planned/ })).toHaveProperty('checked', true);
    expect(cells('Countries')[0]).toMatch(/^CHN → KGZ(?! →)/);
    expect(cells('Notes')[0]).toMatch(/needs \d+ planned links/);
    const steps = within(screen.getByRole('list', { name: /^Best: / }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps.some((s) => s!.includes('Border China → Kyrgyzstan at Torugart'))).toBe(true);
  });

  it('gives the reason in the reader’s language when the Arctic leg is closed', () => {
    // By sea alone, Arkhangelsk reaches Shanghai only on the Arctic leg, which is closed in February.
    openWith({ from: 'port-arkhangelsk', to: 'port-shanghai', modes: ['sea'], month: 2 }, 'zh');
    expect(screen.getByText('没有路径')).toBeTruthy();
    expect(document.querySelector('.route-failure-reason')!.textContent).toContain(
      '北极快线1号航段只在七月至十一月运行；二月不在其内。',
    );
  });

  it('says so for an unknown name and puts in the place meant from a suggestion', async () => {
    openWith({ from: 'Wuhanx', to: 'Tashkent' });
    expect(document.querySelector('.route-failure-reason')!.textContent).toBe('No place called “Wuhanx” (origin).');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Wuhan (China)' }));
    expect(useAppStore.getState().routePlan.from).toBe('wuhan');
    expect(document.querySelector('.route-failure')).toBeNull();
  });

  it('says so when origin and destination are the same, without an exception', () => {
    openWith({ from: 'tashkent', to: 'Ташкент' });
    expect(document.querySelector('.route-failure-reason')!.textContent).toBe(
      'Origin and destination are the same place (Tashkent).',
    );
  });

  it('asks for both ends before planning', () => {
    openWith({ from: 'tashkent' });
    expect(screen.getByText('Choose an origin and a destination.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('route from a place’s details', () => {
  it('puts the place in the plan and opens the Route tab', async () => {
    useAppStore.setState({ lang: 'en' });
    useAppStore.getState().select('khorgos');
    render(<ExplorePanel />);
    // The details' code loads when a record is first opened.
    const button = await screen.findByRole('button', { name: 'Route from here' }, { timeout: 10_000 });
    await userEvent.setup().click(button);
    expect(useAppStore.getState()).toMatchObject({ panelView: 'route', routePlan: { from: 'khorgos' } });
  });
});

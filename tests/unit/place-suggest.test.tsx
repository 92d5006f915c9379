// @vitest-environment jsdom
// Place fields suggest while the reader types, misspellings included, closest first and each with its country;
// on the real data, through the Route tab as a reader uses it.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { loadGeoDataset } from '../../src/data/load-node';
import { nearEdits } from '../../src/planner/place-suggest';
import { RoutePanel } from '../../src/planner/RoutePanel';
import { useAppStore } from '../../src/store';
import { EMPTY_PLAN } from '../../src/store/route-slice';

beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  provideDataset(loaded.data);
});
afterEach(cleanup);

/** Types into a place field and returns the suggestions shown, as the reader reads them. */
async function suggestionsFor(label: string, text: string, lang: 'en' | 'ru' | 'zh' = 'en'): Promise<string[]> {
  useAppStore.setState({ lang, routePlan: EMPTY_PLAN });
  render(<RoutePanel />);
  const user = userEvent.setup();
  const box = screen.getByRole('combobox', { name: label });
  await user.click(box);
  await user.type(box, text);
  return (await screen.findAllByRole('option')).map((o) => o.textContent!);
}

describe('place suggestions while typing', () => {
  it('offers Duisburg for “Duisberg” and Tashkent for “Tashkend”, with their countries', async () => {
    expect((await suggestionsFor('To', 'Duisberg'))[0]).toMatch(/^Duisburg.*Germany/);
    cleanup();
    expect((await suggestionsFor('From', 'Tashkend'))[0]).toMatch(/^Tashkent.*Uzbekistan/);
  });

  it('takes the right one with Enter, and plans with it', async () => {
    useAppStore.setState({ lang: 'en', routePlan: { ...EMPTY_PLAN, from: 'xian' } });
    render(<RoutePanel />);
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: 'To' });
    await user.click(box);
    await user.type(box, 'Duisberg');
    await screen.findAllByRole('option');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().routePlan.to).toBe('duisburg');
    expect(screen.getByRole('heading', { level: 3, name: /→ Duisburg$/ })).toBeTruthy();
  });

  it('tells Shanxi (Taiyuan) from Shaanxi (Xi’an), the two provinces a letter apart', async () => {
    expect((await suggestionsFor('From', 'Shaanxi'))[0]).toMatch(/^Xi’an.*China/);
    cleanup();
    expect((await suggestionsFor('From', 'Shanxi'))[0]).toMatch(/^Taiyuan.*China/);
    cleanup();
    expect((await suggestionsFor('起点', '陕西', 'zh'))[0]).toMatch(/^西安/);
  });

  it('never takes Samarkand for Samara: the name typed comes first, each with its country', async () => {
    const options = await suggestionsFor('To', 'Samarkand');
    expect(options[0]).toMatch(/^Samarkand.*Uzbekistan/);
    expect(options.some((o) => /^Samara\b/.test(o))).toBe(false);
    cleanup();
    const misspelt = await suggestionsFor('To', 'Samarcand');
    expect(misspelt[0]).toMatch(/^Samarkand.*Uzbekistan/);
  });

  it('suggests in Cyrillic too, misspelt', async () => {
    expect((await suggestionsFor('Куда', 'Ташкенд', 'ru'))[0]).toMatch(/^Ташкент/);
  });
});

describe('near spellings', () => {
  it('count the edits to the whole name or to its beginning, up to a budget', () => {
    expect(nearEdits('duisberg', 'duisburg', 2)).toBe(1);
    expect(nearEdits('duisb', 'duisburg', 1)).toBe(0);
    expect(nearEdits('samarkand', 'samara', 2)).toBe(3);
    expect(nearEdits('tashkend', 'tashkent', 2)).toBe(1);
    expect(nearEdits('xyzzy', 'tashkent', 1)).toBe(2);
  });
});

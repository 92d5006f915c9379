// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { ExplorePanel } from '../../src/panels/ExplorePanel';
import { useAppStore } from '../../src/store';
import { exploreDataset } from './fixtures/explore';

beforeAll(() => provideDataset(exploreDataset()));
afterEach(cleanup);

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('the legend as a filter', () => {
  it('hides a mode when its entry is pressed, and shows it again', async () => {
    useAppStore.setState({ lang: 'en' });
    render(<ExplorePanel />);
    expect(pressed('Ferry')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Ferry' }));
    expect(pressed('Ferry')).toBe('false');
    expect(useAppStore.getState().filters.modes).toEqual(['rail', 'road', 'sea', 'pipeline']);
    expect(screen.getByText(/records shown/).textContent).toBe('20 of 21 records shown');
    await userEvent.click(screen.getByRole('button', { name: 'Ferry' }));
    expect(useAppStore.getState().filters.modes).toBeNull();
  });

  it('toggles a corridor with its branches, and shows a partly hidden group as mixed', async () => {
    render(<ExplorePanel />);
    await userEvent.click(screen.getByRole('button', { name: 'CRE northern branch' }));
    expect(pressed('China–Europe Railway Express')).toBe('mixed');
    await userEvent.click(screen.getByRole('button', { name: 'China–Europe Railway Express' }));
    expect(useAppStore.getState().filters.corridors).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'China–Europe Railway Express' }));
    expect(useAppStore.getState().filters.corridors).toEqual(['titr', 'cku']);
    expect(pressed('CRE northern branch')).toBe('false');
  });

  it('narrows to a ticked country and sets a year from the slider', async () => {
    render(<ExplorePanel />);
    await userEvent.click(screen.getByText('Countries'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Azerbaijan' }));
    expect(useAppStore.getState().filters.countries).toEqual(['AZE']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'All years' }));
    expect(useAppStore.getState().filters.year).toBe(2025);
    expect(screen.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuetext')).toBe(
      'Network by the end of 2025',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(useAppStore.getState().filters).toMatchObject({ countries: null, year: null });
  });

  it('lists the countries by name in the reader’s language, and again when the language changes', async () => {
    useAppStore.setState({ lang: 'en' });
    render(<ExplorePanel />);
    await userEvent.click(screen.getByText('Countries'));
    const names = () => screen.getAllByRole('checkbox').map((c) => c.parentElement!.textContent!.trim());
    const english = names().filter((n) => n !== 'All years');
    expect(english.length).toBeGreaterThan(3);
    expect(english).toEqual([...english].sort((a, b) => a.localeCompare(b, 'en')));
    expect(english.indexOf('China')).toBeLessThan(english.indexOf('Kazakhstan'));
    act(() => useAppStore.setState({ lang: 'ru' }));
    const russian = names().filter((n) => n !== 'Все годы');
    expect(russian).toEqual([...russian].sort((a, b) => a.localeCompare(b, 'ru')));
    // The order follows the names: China before Kazakhstan in English, Казахстан before Китай in Russian.
    expect(russian.indexOf('Казахстан')).toBeLessThan(russian.indexOf('Китай'));
    act(() => useAppStore.setState({ lang: 'en' }));
  });
});

// @vitest-environment jsdom
// A student compares two years beside the year control: what opened in between is listed and can be opened, and
// "Play the years" steps the year on by itself.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { Filters } from '../../src/panels/Filters';
import { resetAppStore, useAppStore } from '../../src/store';
import { sampleDataset } from './fixtures/atlas-sample';

beforeAll(() => provideDataset(sampleDataset()));
afterEach(() => {
  cleanup();
  resetAppStore();
  vi.useRealTimers();
});

describe('comparing two years', () => {
  it('is not there while all years are shown', async () => {
    useAppStore.setState({ lang: 'en' });
    render(<Filters />);
    expect(screen.getByRole('checkbox', { name: 'All years' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('checkbox', { name: 'Compare with an earlier year' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Play the years' })).toBeNull();
  });

  it('lists what opened between the earlier year and the year shown, and opens a record from the list', async () => {
    useAppStore.setState({ lang: 'en' });
    useAppStore.getState().setYear(2015);
    render(<Filters />);
    // Its code comes when a year is chosen.
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Compare with an earlier year' }));
    expect(useAppStore.getState().compareFrom).toBe(2005);
    expect(screen.getByRole('heading', { name: 'From 2005 to 2015' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Opened \(\d+\)$/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Khorgos – Almaty' }));
    expect(useAppStore.getState().selected).toBe('khorgos-almaty');
  });

  it('says so when nothing changed between the two years', async () => {
    useAppStore.setState({ lang: 'en', compareFrom: 2013 });
    useAppStore.getState().setYear(2014);
    render(<Filters />);
    expect(await screen.findByText(/Nothing opened, started, was planned or closed/)).toBeTruthy();
  });

  it('plays the years one after another from the compared year, and stops when asked', async () => {
    useAppStore.setState({ lang: 'en', compareFrom: 2010 });
    useAppStore.getState().setYear(2035);
    render(<Filters />);
    const play = await screen.findByRole('button', { name: 'Play the years' });
    vi.useFakeTimers();
    act(() => play.click());
    expect(useAppStore.getState().filters.year).toBe(2010);
    for (let s = 0; s < 3; s++) await act(async () => vi.advanceTimersByTime(1000));
    expect(useAppStore.getState().filters.year).toBe(2013);
    act(() => screen.getByRole('button', { name: 'Stop' }).click());
    for (let s = 0; s < 3; s++) await act(async () => vi.advanceTimersByTime(1000));
    expect(useAppStore.getState().filters.year).toBe(2013);
  });
});

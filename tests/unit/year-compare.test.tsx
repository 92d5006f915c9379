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
  it('lists what opened between the earlier year and the year shown, and opens a record from the list', async () => {
    useAppStore.setState({ lang: 'en' });
    useAppStore.getState().setYear(2015);
    render(<Filters />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Compare with an earlier year' }));
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
    expect(screen.getByText(/Nothing opened, started, was planned or closed/)).toBeTruthy();
  });

  it('plays the years one after another from the compared year, and stops when asked', async () => {
    vi.useFakeTimers();
    useAppStore.setState({ lang: 'en', compareFrom: 2010 });
    useAppStore.getState().setYear(2035);
    render(<Filters />);
    act(() => screen.getByRole('button', { name: 'Play the years' }).click());
    expect(useAppStore.getState().filters.year).toBe(2010);
    for (let s = 0; s < 3; s++) await act(async () => vi.advanceTimersByTime(1000));
    expect(useAppStore.getState().filters.year).toBe(2013);
    act(() => screen.getByRole('button', { name: 'Stop' }).click());
    for (let s = 0; s < 3; s++) await act(async () => vi.advanceTimersByTime(1000));
    expect(useAppStore.getState().filters.year).toBe(2013);
  });
});

// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { ListView } from '../../src/panels/ListView';
import { PanelViews } from '../../src/panels/PanelViews';
import { useAppStore } from '../../src/store';
import { buildSearch, parseSearch } from '../../src/store/url';
import { URL_FIELDS } from '../../src/store/url-fields';
import { sampleDataset } from './fixtures/atlas-sample';

beforeAll(() => {
  // jsdom lays nothing out; the list still asks to keep the selected row in view.
  Element.prototype.scrollIntoView = vi.fn();
  provideDataset(sampleDataset());
});
afterEach(cleanup);

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

describe('list view', () => {
  it('lists every shown record, sorted by name', () => {
    render(<ListView />);
    expect(names()).toEqual([
      'Almaty',
      'Almaty – Port of Aktau',
      'China–Europe Railway Express',
      'Khorgos',
      'Khorgos – Almaty',
      'Khorgos International Centre',
      'Muzart, Narynkol',
      'Muzart, Narynkol – Almaty',
      'Port of Aktau',
      'Trans-Caspian Route',
    ]);
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByText('10 records shown')).toBeTruthy();
  });

  it('sorts by a column header button and says so with aria-sort', async () => {
    const user = userEvent.setup();
    render(<ListView />);
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(names()[0]).toBe('Trans-Caspian Route');
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('descending');
    await user.click(screen.getByRole('button', { name: /Year/ }));
    expect(screen.getByRole('columnheader', { name: /Name/ }).hasAttribute('aria-sort')).toBe(false);
    expect(screen.getByRole('columnheader', { name: /Year/ }).getAttribute('aria-sort')).toBe('ascending');
    // Port of Aktau opened in 1963, the leg to it in 1990; Almaty has no year and goes last.
    expect(names().slice(0, 2)).toEqual(['Port of Aktau', 'Almaty – Port of Aktau']);
    expect(names().at(-1)).toBe('Almaty');
  });

  it('walks rows with the arrows and selects with Enter, flying to the record', async () => {
    const user = userEvent.setup();
    render(<ListView />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.tabIndex).filter((t) => t === 0)).toHaveLength(1);
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rows[3]);
    await user.keyboard('{Enter}');
    const s = useAppStore.getState();
    expect(s.selected).toBe('khorgos');
    expect(s.cameraIntent).toMatchObject({ kind: 'fit', maxZoom: 7 });
    expect(rows[3]!.getAttribute('aria-current')).toBe('true');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rows.at(-1));
  });

  it('follows a selection made elsewhere (the map) and keeps that row in view', () => {
    render(<ListView />);
    act(() => useAppStore.getState().select('port-aktau'));
    const row = screen.getByRole('rowheader', { name: 'Port of Aktau' }).closest('tr')!;
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(row.tabIndex).toBe(0);
    expect(row.scrollIntoView).toHaveBeenCalled();
  });

  it('shows only what the filters and year let through, and follows the language', () => {
    render(<ListView />);
    act(() => useAppStore.getState().setFilter('statuses', ['planned']));
    expect(names()).toEqual(['Muzart, Narynkol', 'Muzart, Narynkol – Almaty']);
    act(() => useAppStore.getState().setLang('ru'));
    expect(names()).toEqual(['Музарт — Нарынкол', 'Музарт — Нарынкол — Алматы']);
    expect(screen.getAllByText('2030 (план)')).toHaveLength(2);
  });
});

describe('panel views', () => {
  it('switches between details and list with tabs, by click and by arrow keys', async () => {
    const user = userEvent.setup();
    render(<PanelViews details={<p>details here</p>} route={<p>route here</p>} tools={null} />);
    expect(screen.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('details here');
    await user.click(screen.getByRole('tab', { name: 'List' }));
    expect(useAppStore.getState().panelView).toBe('list');
    // The list's code loads when its tab is first opened.
    expect(await within(screen.getByRole('tabpanel')).findByRole('table', {}, { timeout: 10_000 })).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect(useAppStore.getState().panelView).toBe('details');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Details' }));
  });

  it('keeps the view in the URL as view=list and restores it', () => {
    useAppStore.getState().setPanelView('list');
    const search = buildSearch(useAppStore.getState(), URL_FIELDS);
    expect(new URLSearchParams(search).get('view')).toBe('list');
    expect(parseSearch('?view=list', URL_FIELDS).patch.panelView).toBe('list');
    expect(parseSearch('', URL_FIELDS).patch.panelView).toBe('details');
    expect(parseSearch('?view=map', URL_FIELDS).dropped).toEqual(['view']);
  });
});

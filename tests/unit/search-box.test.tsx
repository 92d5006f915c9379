// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { Search } from '../../src/panels/Search';
import { SelectionAnnouncer } from '../../src/panels/SelectionAnnouncer';
import { useAppStore } from '../../src/store';
import { sampleDataset } from './fixtures/atlas-sample';

beforeAll(async () => {
  provideDataset(sampleDataset());
  // Choosing a hit brings the record into view with code loaded on the first choice; here it is at hand already.
  await import('../../src/panels/show-record');
});
/** Lets the promises of a choice settle, as the browser does before the next event. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
afterEach(cleanup);

describe('search box', () => {
  it('is a combobox that offers suggestions for any spelling and chooses with Enter', async () => {
    const user = userEvent.setup();
    render(<Search />);
    const box = screen.getByRole('combobox', { name: 'Search places, corridors and projects' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.type(box, 'Хоргос');
    // The glossary's part of the search loads when the box is first focused.
    const options = await screen.findAllByRole('option', {}, { timeout: 10_000 });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(options[0]!.textContent).toContain('Khorgos');
    expect(options[0]!.textContent).toContain('Border crossing');
    expect(options[0]!.textContent).toContain('as “Хоргос”');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(box.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(useAppStore.getState().selected).toBe('khorgos'));
    const s = useAppStore.getState();
    expect(s.cameraIntent).toMatchObject({ kind: 'fit', maxZoom: 7 });
    expect((box as HTMLInputElement).value).toBe('Khorgos');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it("leaves the Enter that confirms an input method's composition (pinyin) alone", async () => {
    const user = userEvent.setup();
    useAppStore.setState({ selected: null });
    render(<Search />);
    const box = screen.getByRole('combobox') as HTMLInputElement;
    await user.type(box, '霍尔果斯');
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    await settle();
    expect(useAppStore.getState().selected).toBe(null);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    await settle();
    expect(useAppStore.getState().selected).toBe('khorgos');
  });

  it('moves through suggestions with the arrows, wrapping around', async () => {
    const user = userEvent.setup();
    render(<Search />);
    const box = screen.getByRole('combobox');
    await user.type(box, 'khorgos');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options.at(-1)!.id);
    const lastName = options.at(-1)!.querySelector('.search-name')!.textContent;
    await user.keyboard('{Enter}');
    expect((box as HTMLInputElement).value).toBe(lastName);
    expect(useAppStore.getState().selected).not.toBe('khorgos');
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    const user = userEvent.setup();
    render(<Search />);
    const box = screen.getByRole('combobox') as HTMLInputElement;
    await user.type(box, '霍尔果斯');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('霍尔果斯');
    expect(useAppStore.getState().selected).toBeNull();
    await user.keyboard('{Escape}');
    expect(box.value).toBe('');
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Search />);
    await user.type(screen.getByRole('combobox'), 'Rotterdam');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('No matches');
  });
});

describe('selection announcement', () => {
  it('announces what was selected and when the selection is cleared', () => {
    render(<SelectionAnnouncer />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    act(() => useAppStore.getState().select('khorgos'));
    expect(region.textContent).toBe('Selected: Khorgos, border crossing');
    act(() => useAppStore.getState().setLang('zh'));
    act(() => useAppStore.getState().select('port-aktau'));
    expect(region.textContent).toBe('已选择：阿克套港，海港');
    act(() => useAppStore.getState().select(null));
    expect(region.textContent).toBe('已取消选择');
  });
});

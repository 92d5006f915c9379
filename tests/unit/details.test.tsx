// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { ExplorePanel } from '../../src/panels/ExplorePanel';
import { useAppStore } from '../../src/store';
import { exploreDataset } from './fixtures/explore';

beforeAll(() => provideDataset(exploreDataset()));
afterEach(cleanup);

function open(id: string, lang: 'en' | 'zh' | 'ru' = 'en') {
  useAppStore.setState({ lang });
  useAppStore.getState().select(id);
  return render(<ExplorePanel />);
}

describe('details of a selected record', () => {
  it("names it in the reader's language, with the other languages and aliases beside", () => {
    open('khorgos', 'ru');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Хоргос');
    const other = screen.getByLabelText('Другие названия');
    expect(within(other).getByText('霍尔果斯').getAttribute('lang')).toBe('zh');
    expect(within(other).getByText('Khorgos').getAttribute('lang')).toBe('en');
    expect(other.textContent).toContain('Horgos, Qorğas');
  });

  it('gives kind, status, dates, sides with gauges and the dwell time as a range', () => {
    open('khorgos');
    expect(screen.getByText('Border crossing')).toBeTruthy();
    expect(screen.getByText('Operational')).toBeTruthy();
    const facts = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(facts('Opened')).toBe('2012');
    expect(facts('Sides')).toBe('China (1435 mm) ↔ Kazakhstan (1520 mm)');
    expect(facts('Time at the node')).toBe('6–24 hours (typical 10) · Seed article');
  });

  it('calls a crossing that is not open yet a planned border crossing', () => {
    open('muzart');
    expect(screen.getByText('Planned border crossing')).toBeTruthy();
  });

  it('shows figures as ranges with date and source, and flags sources that disagree', () => {
    open('titr');
    const figures = screen.getByRole('heading', { name: 'Figures' }).parentElement!;
    const rows = within(figures)
      .getAllByRole('definition')
      .map((d) => d.textContent);
    expect(rows[0]).toBe('10–12 days (typical 11) as of July 2025 · Seed articleSources disagree');
    expect(rows[1]).toBe('20–25 days as of November 2023 · World BankSources disagree');
    expect(rows[2]).toBe('400 trains as of 2024 · World Bank');
  });

  it('lists sources with title, publisher, date and a written-out link that opens in a new tab', () => {
    open('titr');
    const sources = screen.getByRole('heading', { name: 'Sources' }).parentElement!;
    const items = within(sources).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.split('https')[0])).toEqual([
      '中欧班列开行 — Seed article, July 2025',
      'Middle Trade and Transport Corridor — World Bank, November 2023',
    ]);
    // The accessible name starts with the visible URL (axe: label-content-name-mismatch) and says where it opens.
    const link = within(sources).getByRole('link', { name: /\(opens in a new tab\)$/ });
    expect(link.textContent).toBe(`${link.getAttribute('href')} (opens in a new tab)`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('tells a publication date from the day a page was read, and brackets a title the page does not print', () => {
    const items = () =>
      within(screen.getByRole('heading', { level: 3, name: /^(Sources|Источники|来源)$/ }).parentElement!)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    open('cku');
    expect(items()).toEqual([
      '中欧班列开行 — Seed article, July 2025',
      '[Railway construction launched] — Example News, published December 27, 2024 · accessed November 30, 2026',
      'China–Kyrgyzstan–Uzbekistan railway — Wikipedia, accessed March 2026',
    ]);
    cleanup();
    open('cku', 'ru');
    expect(items()[1]).toBe(
      '[Railway construction launched] — Example News, опубликовано 27 декабря 2024 г. · дата обращения: 30 ноября 2026 г.',
    );
    cleanup();
    open('cku', 'zh');
    expect(items()[2]).toBe('China–Kyrgyzstan–Uzbekistan railway — Wikipedia, 访问于2026年3月');
  });

  it("selects a corridor it belongs to and fits the camera to that corridor's legs", async () => {
    open('khorgos');
    const corridors = screen.getByRole('heading', { name: 'Corridors' }).parentElement!;
    expect(
      within(corridors)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['China–Europe Railway Express', 'Middle Corridor']);
    await userEvent.click(within(corridors).getByRole('button', { name: 'Middle Corridor' }));
    const s = useAppStore.getState();
    expect(s.selected).toBe('titr');
    expect(s.cameraIntent).toMatchObject({ kind: 'fit', bounds: [49.87, 40.37, 80.37, 44.23] });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Middle Corridor');
  });

  it('relates projects and crossings, each clickable', async () => {
    open('titr');
    expect(screen.getByRole('heading', { name: 'Border crossings' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Khorgos' }));
    expect(useAppStore.getState().selected).toBe('khorgos');
    await userEvent.click(screen.getByRole('button', { name: 'Khorgos International Centre' }));
    expect(useAppStore.getState().selected).toBe('khorgos-icbc');
  });

  it('names an unnamed leg by its two ends and says when its path is schematic', () => {
    open('aktau-baku');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Port of Aktau – Port of Baku');
    expect(screen.getByText('Schematic line (endpoints known, path indicative)')).toBeTruthy();
  });

  it('says when a road is drawn through named points rather than traced or schematic', () => {
    open('old-spur');
    expect(
      screen.getByText('Drawn through named towns and passes (length within 5% of the published distance)'),
    ).toBeTruthy();
    expect(screen.queryByText('Schematic line (endpoints known, path indicative)')).toBeNull();
  });

  it('says so for an id the atlas does not have, and goes back to the overview', async () => {
    open('atlantis');
    expect(screen.getByText('This record is not in the atlas.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Back to the overview/ }));
    expect(useAppStore.getState().selected).toBeNull();
    expect(screen.getByRole('heading', { name: 'Legend and filters' })).toBeTruthy();
  });

  it('offers to show a record on the map only when it has something to show', () => {
    const data = exploreDataset();
    const umbrella = {
      ...data.corridors[0]!,
      id: 'umbrella',
      names: { zh: '总走廊', en: 'Umbrella corridor', ru: 'Общий коридор' },
    };
    provideDataset({ ...data, corridors: [...data.corridors, umbrella] });
    open('umbrella');
    expect(screen.queryByRole('button', { name: 'Show on map' })).toBeNull();
    cleanup();
    open('khorgos');
    expect(screen.getByRole('button', { name: 'Show on map' })).toBeTruthy();
    provideDataset(data);
  });
});

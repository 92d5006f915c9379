// @vitest-environment jsdom
// A link that asks for an alternative the plan does not have: the best route is shown, the link is corrected, and
// the reader is told in words that echo what the link asked for.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provideDataset } from '../../src/data/dataset';
import { loadGeoDataset } from '../../src/data/load-node';
import { Notices } from '../../src/panels/Notices';
import { RoutePanel } from '../../src/planner/RoutePanel';
import { useChoiceInRange } from '../../src/planner/use-plan';
import { useAppStore } from '../../src/store';
import { buildSearch, parseSearch } from '../../src/store/url';
import { URL_FIELDS } from '../../src/store/url-fields';

beforeAll(() => {
  const loaded = loadGeoDataset('geo');
  if (!loaded.ok) throw new Error(loaded.message);
  provideDataset(loaded.data);
});
afterEach(() => {
  cleanup();
  useAppStore.setState({ notices: [] });
});

function Planner() {
  useChoiceInRange();
  return (
    <>
      <Notices />
      <RoutePanel />
    </>
  );
}

/** Opens the atlas's planner on a link, as the address bar would give it. */
function openLink(search: string) {
  const { patch } = parseSearch(search, URL_FIELDS);
  act(() => useAppStore.setState(patch));
  render(<Planner />);
}

const notices = () => useAppStore.getState().notices.map((n) => n.text);

describe('a link’s alternative beyond the routes found', () => {
  it('shows the best route and says which alternatives there are', () => {
    openLink('?lang=en&from=wuhan&to=tashkent&alt=9');
    expect(useAppStore.getState().routePlan.choice).toBe(0);
    expect(screen.getByRole('button', { name: 'Shown Best' }).getAttribute('aria-pressed')).toBe('true');
    const last = screen.getAllByRole('columnheader').filter((h) => /^Alternative \d$/.test(h.textContent!)).length;
    expect(last).toBeGreaterThan(0);
    expect(notices()).toEqual([
      `The link asks for alt=9, but this plan has alternatives up to alt=${last} only; the best route is shown.`,
    ]);
    expect(buildSearch(useAppStore.getState(), URL_FIELDS)).not.toContain('alt=');
    expect(screen.getAllByRole('status').some((s) => s.textContent!.startsWith('The link asks for alt=9'))).toBe(true);
  });

  it('keeps an alternative the plan has, without a notice', () => {
    openLink('?lang=en&from=wuhan&to=tashkent&alt=1');
    expect(useAppStore.getState().routePlan.choice).toBe(1);
    expect(screen.getByRole('button', { name: 'Shown Alternative 1' }).getAttribute('aria-pressed')).toBe('true');
    expect(notices()).toEqual([]);
  });

  it('says so in the reader’s language when the plan has no route at all', () => {
    openLink('?lang=ru&from=port-arkhangelsk&to=port-shanghai&allow=sea&month=2&alt=2');
    expect(notices()).toEqual(['Ссылка запрашивает alt=2, но маршрут не найден; параметр отброшен.']);
    expect(useAppStore.getState().routePlan.choice).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/indexes';
import { useAppStore } from '../../src/store';
import { EXPLORE_URL_FIELDS } from '../../src/store/explore-url';
import { NO_FILTERS, toggledList } from '../../src/store/filters-slice';
import { dropUnknownIds } from '../../src/store/known-ids';
import { buildSearch, needsPush, parseSearch } from '../../src/store/url';
import { URL_FIELDS } from '../../src/store/url-fields';
import { exploreDataset } from './fixtures/explore';

const MODES = ['rail', 'road', 'ferry', 'sea', 'pipeline'];

describe('filter toggles', () => {
  it('hides one value out of "everything", then shows it again and returns to "everything"', () => {
    const { toggleFilter } = useAppStore.getState();
    toggleFilter('modes', 'road', MODES);
    expect(useAppStore.getState().filters.modes).toEqual(['rail', 'ferry', 'sea', 'pipeline']);
    toggleFilter('modes', 'road', MODES);
    expect(useAppStore.getState().filters.modes).toBeNull();
  });

  it('can hide the last value, which shows nothing rather than everything', () => {
    expect(toggledList(['sea'], ['sea'], MODES)).toEqual([]);
  });

  it('toggles a corridor and its branches as a group', () => {
    const universe = ['cre', 'cre-north', 'cre-south', 'titr'];
    expect(toggledList(null, ['cre', 'cre-north', 'cre-south'], universe)).toEqual(['titr']);
    // Part of the group hidden: pressing the group shows all of it.
    expect(toggledList(['cre', 'titr'], ['cre', 'cre-north', 'cre-south'], universe)).toBeNull();
  });

  it('sets and clears the year without touching the lists', () => {
    const s = useAppStore.getState();
    s.setFilter('countries', ['KAZ']);
    s.setYear(2030);
    expect(useAppStore.getState().filters).toEqual({ ...NO_FILTERS, countries: ['KAZ'], year: 2030 });
    useAppStore.getState().resetFilters();
    expect(useAppStore.getState().filters).toEqual(NO_FILTERS);
  });

  it('opens the panel when a record is selected and keeps hover apart from selection', () => {
    useAppStore.setState({ panelOpen: false });
    useAppStore.getState().select('khorgos');
    useAppStore.getState().hover({ id: 'almaty', x: 10, y: 20 });
    const s = useAppStore.getState();
    expect([s.selected, s.panelOpen, s.hovered?.id]).toEqual(['khorgos', true, 'almaty']);
  });
});

describe('filters in the link', () => {
  it('writes each filter under its own key and reads the same filters back', () => {
    const state = {
      ...useAppStore.getState(),
      selected: 'khorgos',
      filters: { corridors: ['titr', 'instc'], modes: ['rail'], statuses: [], countries: ['KAZ', 'CHN'], year: 2030 },
    } as const;
    const search = buildSearch(state, EXPLORE_URL_FIELDS);
    expect(search).toBe('?sel=khorgos&corridors=titr%2Cinstc&modes=rail&status=&countries=KAZ%2CCHN&year=2030');
    const { patch, dropped } = parseSearch(search, URL_FIELDS);
    expect(dropped).toEqual([]);
    expect(patch.selected).toBe('khorgos');
    expect(patch.filters).toEqual(state.filters);
  });

  it('leaves filters at their defaults out of the link', () => {
    expect(buildSearch(useAppStore.getState(), EXPLORE_URL_FIELDS)).toBe('');
  });

  it('drops a malformed key with its name and keeps the well-formed ones', () => {
    const { patch, dropped } = parseSearch(
      '?modes=rail,hovercraft&countries=KAZ&year=1850&sel=Not%20an%20id',
      URL_FIELDS,
    );
    expect(dropped.sort()).toEqual(['modes', 'sel', 'year']);
    expect(patch.filters).toEqual({ ...NO_FILTERS, countries: ['KAZ'] });
    // A dropped key means what an absent one means: no selection.
    expect(patch.selected).toBeNull();
  });

  it('restores "no filters" and "no selection" when the keys are absent (Back to a bare link)', () => {
    const { patch } = parseSearch('?lang=en', URL_FIELDS);
    expect(patch.filters).toEqual(NO_FILTERS);
    expect(patch.selected).toBeNull();
  });

  it('makes a history entry for a selection or legend change but not for a year drag', () => {
    expect(needsPush('?modes=rail', '?modes=rail%2Croad', URL_FIELDS)).toBe(true);
    expect(needsPush('', '?sel=khorgos', URL_FIELDS)).toBe(true);
    expect(needsPush('?year=2020', '?year=2021', URL_FIELDS)).toBe(false);
  });
});

describe('ids checked against the loaded data', () => {
  const index = buildIndex(exploreDataset());

  it('drops an unknown selection and unknown corridors and countries, naming each', () => {
    const state = {
      selected: 'atlantis',
      filters: { ...NO_FILTERS, corridors: ['titr', 'nowhere'], countries: ['KAZ', 'FRA'] },
    };
    const { patch, dropped } = dropUnknownIds(state, index);
    expect(dropped).toEqual(['corridors=nowhere', 'countries=FRA', 'sel=atlantis']);
    expect(patch).toEqual({ selected: null, filters: { ...NO_FILTERS, corridors: ['titr'], countries: ['KAZ'] } });
  });

  it('turns a list of only unknown ids into no restriction rather than an empty map', () => {
    const { patch } = dropUnknownIds({ selected: null, filters: { ...NO_FILTERS, corridors: ['nowhere'] } }, index);
    expect(patch.filters?.corridors).toBeNull();
  });

  it('changes nothing when every id is known', () => {
    expect(dropUnknownIds({ selected: 'khorgos', filters: { ...NO_FILTERS, corridors: ['cku'] } }, index)).toEqual({
      patch: {},
      dropped: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  corridorsOf,
  countriesOf,
  modesOf,
  relatedCrossings,
  relatedProjects,
} from '../../src/data/indexes';
import { statusInYear, visibleRecords } from '../../src/data/select';
import { NO_FILTERS, type Filters } from '../../src/store/filters-slice';
import { exploreDataset } from './fixtures/explore';

const index = buildIndex(exploreDataset());
const rec = (id: string) => index.byId.get(id)!;
const visible = (f: Partial<Filters>) => [...visibleRecords(index, { ...NO_FILTERS, ...f }).keys()].sort();

describe('the year control', () => {
  it('shows a built record from the year it opened', () => {
    expect(statusInYear(rec('khorgos'), 2011)).toBeNull();
    expect(statusInYear(rec('khorgos'), 2012)).toBe('operational');
  });

  it('takes a built record without an opening year to predate the range', () => {
    expect(statusInYear(rec('almaty'), 1990)).toBe('operational');
  });

  it('shows a closed record as operational before it closed and removes it from its closing year', () => {
    expect(statusInYear(rec('old-spur'), 2009)).toBe('operational');
    expect(statusInYear(rec('old-spur'), 2010)).toBeNull();
    expect(statusInYear(rec('old-spur'), 1994)).toBeNull();
  });

  it('shows a plan from its planned year on, still as a plan', () => {
    expect(statusInYear(rec('kashgar-andijan'), 2029)).toBeNull();
    expect(statusInYear(rec('kashgar-andijan'), 2030)).toBe('under_construction');
    expect(statusInYear(rec('kashgar-andijan'), 2035)).toBe('under_construction');
  });

  it('shows a project under construction from its start year, and uses completion as its planned year', () => {
    expect(statusInYear(rec('cku-build'), 2024)).toBeNull();
    expect(statusInYear(rec('cku-build'), 2025)).toBe('under_construction');
  });

  it("uses a completed project's completion year as its opening", () => {
    expect(statusInYear(rec('gas-line'), 2008)).toBeNull();
    expect(statusInYear(rec('gas-line'), 2009)).toBe('operational');
  });

  it('keeps plans without any year out of every year, and shows them when no year is set', () => {
    expect(statusInYear(rec('muzart'), 2035)).toBeNull();
    expect(statusInYear(rec('baku-park'), 2035)).toBeNull();
    expect(statusInYear(rec('muzart'), null)).toBe('planned');
  });

  it('gives the network of 2000 as the records open then', () => {
    expect(visible({ year: 2000 })).toEqual(
      ['almaty', 'almaty-aktau', 'almaty-north', 'old-spur', 'aktau', 'andijan', 'kashgar', 'cre-north'].sort(),
    );
  });
});

describe('filters', () => {
  it('shows every record with no filter', () => {
    expect(visible({}).length).toBe(index.byId.size);
  });

  it('keeps the legs, places and projects of a corridor, and what belongs to no corridor', () => {
    const unaffiliated = ['baku-park', 'gas-line', 'muzart'];
    expect(visible({ corridors: ['cku'] })).toEqual(
      ['andijan', 'cku', 'cku-build', 'kashgar', 'kashgar-andijan', ...unaffiliated].sort(),
    );
  });

  it('keeps a leg shared by two corridors when either is shown', () => {
    expect(visible({ corridors: ['cre'] })).toContain('khorgos-almaty');
    expect(visible({ corridors: ['titr'] })).toContain('khorgos-almaty');
  });

  it('shows none of the corridors when their list is empty', () => {
    expect(visible({ corridors: [] })).toEqual(['baku-park', 'gas-line', 'muzart']);
    expect(visible({ statuses: [] })).toEqual([]);
  });

  it('filters legs by mode and places by the modes they handle, leaving projects that carry nothing', () => {
    expect(visible({ modes: ['ferry'] })).toEqual(['aktau', 'aktau-baku', 'baku', 'baku-park', 'khorgos-icbc', 'titr']);
  });

  it('filters by status as drawn in the chosen year', () => {
    expect(visible({ statuses: ['suspended'] })).toEqual(['old-spur']);
    expect(visible({ statuses: ['suspended'], year: 2005 })).toEqual([]);
  });

  it('gives a leg the countries of its two ends', () => {
    expect(countriesOf(index, 'khorgos-almaty').sort()).toEqual(['CHN', 'KAZ']);
    expect(visible({ countries: ['AZE'] })).toEqual(['aktau-baku', 'baku', 'baku-park', 'titr']);
  });

  it('combines filters: a rail leg in Uzbekistan', () => {
    expect(visible({ countries: ['UZB'], modes: ['rail'] })).toEqual([
      'andijan',
      'cku',
      'cku-build',
      'kashgar-andijan',
    ]);
  });
});

describe('lookups', () => {
  it('finds the corridors of a place through the legs that touch it, in corridors.json order', () => {
    expect(corridorsOf(index, 'almaty')).toEqual(['cre', 'cre-north', 'titr']);
    expect(corridorsOf(index, 'cku-build')).toEqual(['cku']);
  });

  it('relates projects and crossings to a corridor through its legs and places', () => {
    expect(relatedProjects(index, 'cre')).toEqual(['khorgos-icbc']);
    expect(relatedCrossings(index, 'titr')).toEqual(['khorgos']);
    expect(relatedCrossings(index, 'khorgos-icbc')).toEqual(['khorgos']);
  });

  it('derives the modes of projects from their kind or the legs they improve', () => {
    expect(modesOf(index, 'gas-line')).toEqual(['pipeline']);
    expect(modesOf(index, 'baku-park')).toEqual([]);
  });
});

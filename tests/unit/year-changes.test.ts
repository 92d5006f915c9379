// Comparing two years lists what opened, started, was planned or closed between them, from the records' own years.
import { describe, expect, it } from 'vitest';
import { changeOf, changesBetween } from '../../src/data/changes';
import { buildIndex } from '../../src/data/indexes';
import { sampleDataset } from './fixtures/atlas-sample';

const index = buildIndex(sampleDataset());

describe('changes between two years', () => {
  it('tells each kind of change from the two statuses', () => {
    expect(changeOf(null, 'operational')).toBe('opened');
    expect(changeOf('planned', 'operational')).toBe('opened');
    expect(changeOf('planned', 'under_construction')).toBe('started');
    expect(changeOf(null, 'planned')).toBe('planned');
    expect(changeOf('operational', null)).toBe('closed');
    expect(changeOf('operational', 'operational')).toBeNull();
    expect(changeOf('planned', null)).toBeNull();
  });

  it('lists the Khorgos–Almaty line, opened in 2012, between 2010 and 2015 and not between 2013 and 2015', () => {
    const ids = (from: number, to: number) => changesBetween(index, from, to).map((c) => `${c.id}:${c.change}`);
    expect(ids(2010, 2015)).toContain('khorgos-almaty:opened');
    expect(ids(2015, 2010)).toEqual(ids(2010, 2015));
    expect(ids(2013, 2015)).not.toContain('khorgos-almaty:opened');
  });

  it('lists a road planned for 2030 as planned by 2030, and nothing for the same year twice', () => {
    expect(changesBetween(index, 2025, 2030)).toContainEqual({ id: 'muzart-road', change: 'planned' });
    expect(changesBetween(index, 2025, 2029).map((c) => c.id)).not.toContain('muzart-road');
    expect(changesBetween(index, 2020, 2020)).toEqual([]);
  });

  it('keeps only what the filters show, when asked', () => {
    expect(changesBetween(index, 2010, 2035, new Set(['muzart-road'])).map((c) => c.id)).toEqual(['muzart-road']);
  });
});

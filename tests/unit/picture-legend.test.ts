// The exported picture's legend names what the map drew in the picture: the corridors whose lanes were drawn, the
// modes and statuses of the drawn legs, the kinds of drawn places, and nothing the filters let through off-picture.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/indexes';
import { visibleRecords } from '../../src/data/select';
import { drawnRecords, pictureLegend } from '../../src/export/picture-legend';
import { NO_FILTERS } from '../../src/store/filters-slice';
import { sampleDataset } from './fixtures/atlas-sample';

const index = buildIndex(sampleDataset());
const shown = visibleRecords(index, NO_FILTERS);

const section = (sections: ReturnType<typeof pictureLegend>, title: string) =>
  sections.find((s) => s.title === title)?.entries.map((e) => e.label) ?? [];

describe('the picture legend', () => {
  it('names only the corridor whose lane was drawn, not every corridor of a drawn leg or of the filters', () => {
    const legend = pictureLegend(
      index,
      drawnRecords(shown, [{ id: 'almaty-aktau', corridor: 'middle-corridor' }]),
      'en',
    );
    expect(section(legend, 'Corridors')).toEqual(['Trans-Caspian Route']);
    expect(section(legend, 'Modes')).toEqual(['Rail']);
    expect(section(legend, 'Places')).toEqual([]);
  });

  it('lists a planned road apart, and a drawn place by its kind', () => {
    const legend = pictureLegend(
      index,
      drawnRecords(shown, [{ id: 'muzart-road', corridor: '' }, { id: 'khorgos' }]),
      'en',
    );
    expect(section(legend, 'Corridors')).toEqual([]);
    expect(section(legend, 'Modes')).toEqual(['Road']);
    expect(section(legend, 'Status')).toEqual(['Planned']);
    expect(section(legend, 'Places')).toEqual(['Border crossing']);
  });

  it('lists the kinds of projects drawn inside counted discs, and the disc itself', () => {
    const grouped = [{ id: 'khorgos-icbc', grouped: true as const }];
    const legend = pictureLegend(index, drawnRecords(shown, grouped), 'en', null, true);
    expect(section(legend, 'Projects')).toEqual([
      'Cooperation zone',
      'Projects grouped where they overlap (the number is how many)',
    ]);
    expect(section(pictureLegend(index, drawnRecords(shown, []), 'en'), 'Projects')).toEqual([]);
  });

  it('leaves out a drawn feature the filters hide (a stale tile) ', () => {
    const railOnly = visibleRecords(index, { ...NO_FILTERS, modes: ['rail'] });
    expect(drawnRecords(railOnly, [{ id: 'muzart-road' }]).size).toBe(0);
  });
});

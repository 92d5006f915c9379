// @vitest-environment jsdom
// Figures of one quantity over several dates are a series: charted with each point's value, date and source, and
// not flagged as sources disagreeing, while two sources giving different counts for the same year still are.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/indexes';
import type { Figure } from '../../src/data/schema';
import { FigureList } from '../../src/panels/details/FigureList';
import { disagreeing, figureSeries } from '../../src/panels/figure-text';
import { sampleDataset } from './fixtures/atlas-sample';

afterEach(cleanup);
const index = buildIndex(sampleDataset());
const label = { zh: '累计开行班列', en: 'Trains run in total', ru: 'Всего отправлено поездов' };
const trains = (value: number, asOf: string): Figure => ({ label, value, unit: 'trains', asOf, source: 'seed-000' });

describe('figures over time', () => {
  const series = [trains(110000, '2025-06'), trains(87000, '2024-03'), trains(89000, '2024-04')];

  it('orders a count at several dates as a series, and does not call it a disagreement', () => {
    expect(figureSeries(series).map((s) => s.map((f) => f.asOf))).toEqual([['2024-03', '2024-04', '2025-06']]);
    expect(disagreeing(series).size).toBe(0);
  });

  it('still flags two counts for the same date that do not agree', () => {
    expect(disagreeing([trains(87000, '2024-03'), trains(95000, '2024-03')]).size).toBe(2);
  });

  it('is not a series when the unit is a duration (sources on transit times disagree, they do not grow)', () => {
    const days = (v: number, asOf: string): Figure => ({ ...trains(v, asOf), unit: 'days' });
    expect(figureSeries([days(12, '2017'), days(20, '2023')])).toEqual([]);
    expect(disagreeing([days(12, '2017'), days(20, '2023')]).size).toBe(2);
  });

  it('draws a chart whose words give every value with its date', () => {
    render(<FigureList figures={series} index={index} lang="en" />);
    const chart = screen.getByRole('img', { name: /Trains run in total over time/ });
    expect(chart.getAttribute('aria-label')).toMatch(
      /87,000 trains \(March 2024\); 89,000 trains \(April 2024\); 110,000/,
    );
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    expect(document.querySelector('.figure.disagree')).toBeNull();
  });
});

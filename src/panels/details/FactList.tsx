// The plain facts of a record as a description list: countries, dates, season, gauge, crossing sides, length and
// time ranges. Rows without a value are left out.
import type { ReactNode } from 'react';
import { countriesOf, type AtlasIndex, type AtlasRecord } from '../../data/indexes';
import type { Lang } from '../../data/schema';
import { t, type MessageKey } from '../../i18n';
import { countryName } from '../../i18n/countries';
import { partnerName } from '../../i18n/partners';
import { formatQuantity, formatSeason } from '../figure-text';

export function FactList({ record: r, index, lang }: { record: AtlasRecord; index: AtlasIndex; lang: Lang }) {
  const rows: [MessageKey, ReactNode][] = [];
  const add = (key: MessageKey, value: ReactNode) => {
    if (value !== undefined && value !== null && value !== '') rows.push([key, value]);
  };
  const p = r.props;
  add(
    'detailsCountries',
    countriesOf(index, r.id)
      .map((c) => countryName(c, lang))
      .join(', '),
  );
  add('detailsOpened', p.opened);
  add('detailsPlanned', p.planned);
  add('detailsClosed', p.closed);
  if (r.type === 'project') {
    add('detailsStart', r.props.start);
    add('detailsCompletion', r.props.completion);
    add('detailsPartners', r.props.partners.map((name) => partnerName(name, lang)).join(', '));
  }
  if ((r.type === 'corridor' || r.type === 'segment') && r.props.season)
    add('detailsSeason', formatSeason(r.props.season, lang));
  if (r.type === 'segment') {
    if (r.props.gauge) add('detailsGauge', t(lang, 'detailsGaugeValue', { mm: r.props.gauge }));
    if (r.props.lengthKm) add('detailsLength', formatQuantity({ range: r.props.lengthKm }, 'km', lang));
    if (r.props.hours) add('detailsTime', formatQuantity({ range: r.props.hours }, 'hours', lang));
    if (r.props.precision === 'schematic') add('detailsPath', t(lang, 'schematic'));
    if (r.props.precision === 'digitised') add('detailsPath', t(lang, 'digitised'));
  }
  if (r.type === 'node') {
    const sides = r.props.sides?.map((s) => {
      const gauge = s.gauge ? ` (${t(lang, 'detailsGaugeValue', { mm: s.gauge })})` : '';
      return `${s.name?.[lang] ?? countryName(s.country, lang)}${gauge}`;
    });
    add('detailsSides', sides?.join(' ↔ '));
    if (r.props.dwellHours) {
      const source = r.props.dwellSource ? index.sources.get(r.props.dwellSource)?.publisher : undefined;
      add(
        'detailsDwell',
        formatQuantity({ range: r.props.dwellHours }, 'hours', lang) + (source ? ` · ${source}` : ''),
      );
    }
  }
  if (!rows.length) return null;
  return (
    <dl className="fact-list">
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{t(lang, key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

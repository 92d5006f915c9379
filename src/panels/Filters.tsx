// Filters beside the legend: countries, the year of the network, how much is shown, and a way back to everything.
// Corridor, mode and status filters are the legend's toggles (Legend.tsx).
import { lazy, Suspense, useMemo, useState } from 'react';
import { useAtlasIndex } from '../data/use-atlas-index';
import { isFiltered, visibleRecords } from '../data/select';
import { formatCount, t, withToolStrings } from '../i18n';
import { countryName } from '../i18n/countries';
import { useAppStore } from '../store';
import { DATA_YEAR, YEAR_MAX, YEAR_MIN } from '../store/filters-slice';
import { PartLoading } from './PartLoading';

// Playing the years and comparing two of them: shown only once a year is chosen, so its code and its strings come
// then.
const YearCompare = lazy(() =>
  withToolStrings(import('./YearCompare'), useAppStore.getState().lang).then((m) => ({ default: m.YearCompare })),
);

export function Filters() {
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const { setFilter, setYear, resetFilters } = useAppStore.getState();
  const index = useAtlasIndex();
  const shown = useMemo(() => (index ? visibleRecords(index, filters).size : 0), [index, filters]);
  // The country list is built when it is first opened: naming and sorting some fifty countries through the
  // browser's CLDR data took about 20 ms of the first view, for a list that starts closed.
  const [countriesOpened, setCountriesOpened] = useState(false);
  if (!index) return null;
  const year = filters.year;
  // Countries are picked rather than hidden: none ticked means every country, ticking one narrows to it.
  const chosen = filters.countries ?? [];
  const toggleCountry = (c: string) => {
    const next = chosen.includes(c) ? chosen.filter((x) => x !== c) : [...chosen, c];
    setFilter('countries', next.length ? next : null);
  };
  return (
    <section className="filters" aria-labelledby="filters-year">
      <fieldset className="filter-year">
        <legend id="filters-year">{t(lang, 'filterYear')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={year === null}
            onChange={(e) => setYear(e.target.checked ? null : DATA_YEAR)}
          />
          {t(lang, 'filterAllYears')}
        </label>
        <input
          type="range"
          min={YEAR_MIN}
          max={YEAR_MAX}
          step={1}
          value={year ?? DATA_YEAR}
          disabled={year === null}
          aria-label={t(lang, 'filterYear')}
          aria-valuetext={year === null ? t(lang, 'filterAllYears') : t(lang, 'filterYearValue', { year })}
          onChange={(e) => setYear(Number(e.target.value))}
        />
        <output>{year === null ? t(lang, 'filterAllYears') : t(lang, 'filterYearValue', { year })}</output>
        {year !== null && (
          <Suspense fallback={<PartLoading />}>
            <YearCompare />
          </Suspense>
        )}
      </fieldset>
      <details className="filter-countries" onToggle={(e) => e.currentTarget.open && setCountriesOpened(true)}>
        <summary>
          {t(lang, 'filterCountries')}
          {filters.countries !== null && ` (${filters.countries.length})`}
        </summary>
        <button
          type="button"
          className="link-button"
          aria-pressed={filters.countries === null}
          onClick={() => setFilter('countries', null)}
        >
          {t(lang, 'filterAllCountries')}
        </button>
        {countriesOpened && <CountryList chosen={chosen} onToggle={toggleCountry} />}
      </details>
      <p className="filter-summary" role="status">
        {t(lang, 'filterSummary', { shown: formatCount(shown, lang), count: index.byId.size })}
      </p>
      {isFiltered(filters) && (
        <button type="button" onClick={resetFilters}>
          {t(lang, 'filterReset')}
        </button>
      )}
    </section>
  );
}

/** The countries the records name, by name in the reader's language, each a tick box. */
function CountryList({ chosen, onToggle }: { chosen: readonly string[]; onToggle: (code: string) => void }) {
  const lang = useAppStore((s) => s.lang);
  const index = useAtlasIndex();
  const countries = useMemo(() => {
    if (!index) return [];
    const all = new Set<string>();
    for (const r of index.byId.values()) if (r.type !== 'segment') r.props.countries.forEach((c) => all.add(c));
    return [...all];
  }, [index]);
  // Sorted by name in the reader's language, once per language rather than on every filter click.
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return countries
      .map((code) => ({ code, name: countryName(code, lang) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [countries, lang]);
  return (
    <ul>
      {sorted.map(({ code, name }) => (
        <li key={code}>
          <label className="check">
            <input type="checkbox" checked={chosen.includes(code)} onChange={() => onToggle(code)} />
            {name}
          </label>
        </li>
      ))}
    </ul>
  );
}

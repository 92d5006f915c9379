// Under the year control: play the years one after another, and compare the year shown with an earlier one — what
// opened, started construction, was planned or closed in between is listed here and glows on the map.
import { useEffect, useState } from 'react';
import type { Change } from '../data/changes';
import { useAtlasIndex } from '../data/use-atlas-index';
import { t, type MessageKey } from '../i18n';
import { useAppStore } from '../store';
import { YEAR_MAX, YEAR_MIN } from '../store/filters-slice';
import { recordName } from './record-text';
import { useYearChanges } from './use-year-changes';

const SPEEDS = [0.5, 1, 2];
const LISTED = 40;
const WORDS: Record<Change, MessageKey> = {
  opened: 'changeOpened',
  started: 'changeStarted',
  planned: 'changePlanned',
  closed: 'changeClosed',
};

/** Steps the year control forward every `seconds` while playing; stops at the last year. */
function usePlayer(seconds: number) {
  const [playing, setPlaying] = useState(false);
  const year = useAppStore((s) => s.filters.year);
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const current = useAppStore.getState().filters.year ?? YEAR_MIN;
      if (current >= YEAR_MAX) setPlaying(false);
      else useAppStore.getState().setYear(current + 1);
    }, seconds * 1000);
    return () => clearTimeout(timer);
  }, [playing, year, seconds]);
  const start = () => {
    const { filters, compareFrom, setYear } = useAppStore.getState();
    // From the compared year when there is one, else from the start; a finished run starts again.
    if (filters.year === null || filters.year >= YEAR_MAX) setYear(compareFrom ?? YEAR_MIN);
    setPlaying(true);
  };
  return { playing, start, stop: () => setPlaying(false) };
}

export function YearCompare() {
  const lang = useAppStore((s) => s.lang);
  const year = useAppStore((s) => s.filters.year);
  const from = useAppStore((s) => s.compareFrom);
  const { setCompareFrom, select } = useAppStore.getState();
  const [speed, setSpeed] = useState(1);
  const player = usePlayer(speed);
  const changes = useYearChanges();
  const index = useAtlasIndex();
  if (year === null || !index) return null;
  const comparing = from !== null;
  const groups = (['opened', 'started', 'planned', 'closed'] as Change[])
    .map((change) => ({ change, ids: changes.filter((c) => c.change === change).map((c) => c.id) }))
    .filter((g) => g.ids.length);
  return (
    <div className="year-compare">
      <div className="year-play">
        <button type="button" aria-pressed={player.playing} onClick={player.playing ? player.stop : player.start}>
          {player.playing ? t(lang, 'yearStop') : t(lang, 'yearPlay')}
        </button>
        <label>
          {t(lang, 'yearSpeed')}{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t(lang, 'yearSpeedValue', { seconds: s })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={comparing}
          onChange={(e) => setCompareFrom(e.target.checked ? Math.max(YEAR_MIN, year - 10) : null)}
        />
        {t(lang, 'compareWith')}
      </label>
      {comparing && (
        <>
          <label className="compare-from">
            {t(lang, 'compareFrom')}{' '}
            <input
              type="number"
              min={YEAR_MIN}
              max={YEAR_MAX}
              value={from}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX) setCompareFrom(n);
              }}
            />
          </label>
          <section className="year-changes" aria-live="polite" aria-labelledby="year-changes-title">
            <h3 id="year-changes-title">
              {t(lang, 'compareHeading', { from: Math.min(from, year), to: Math.max(from, year) })}
            </h3>
            {groups.length === 0 && <p>{t(lang, 'compareNone')}</p>}
            {groups.map((g) => (
              <div key={g.change} className={`year-change year-change-${g.change}`}>
                <h4>
                  {t(lang, WORDS[g.change])} ({g.ids.length})
                </h4>
                <ul>
                  {g.ids.slice(0, LISTED).map((id) => {
                    const r = index.byId.get(id);
                    return (
                      <li key={id}>
                        <button type="button" className="link-button" onClick={() => select(id)}>
                          {r ? recordName(index, r, lang) : id}
                        </button>
                      </li>
                    );
                  })}
                  {g.ids.length > LISTED && <li>{t(lang, 'compareMore', { count: g.ids.length - LISTED })}</li>}
                </ul>
              </div>
            ))}
          </section>
        </>
      )}
    </div>
  );
}

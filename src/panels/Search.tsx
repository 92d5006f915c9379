// Search in any language: a combobox (ARIA 1.2) whose suggestions are chosen with ↑/↓ and Enter; choosing
// selects the record and brings it into view.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { t } from '../i18n';
import { search, type SearchHit } from '../search';
import { useAppStore } from '../store';
import { SuggestionList } from './SuggestionList';
import { showRecord } from './show-record';
import { useAtlasIndex, useSearchIndex } from './use-atlas';
import './search.css';

const LIMIT = 8;

export function Search() {
  const lang = useAppStore((s) => s.lang);
  const index = useSearchIndex();
  const atlas = useAtlasIndex();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const hits = useMemo(() => (index && query.trim() ? search(index, query, lang, LIMIT) : []), [index, query, lang]);
  const expanded = open && hits.length > 0;
  const current = expanded ? Math.min(active, hits.length - 1) : -1;

  const choose = (hit: SearchHit) => {
    setQuery(hit.doc.label[lang]);
    setOpen(false);
    if (atlas) showRecord(atlas, hit.doc.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = hits.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      if (!expanded) setActive(step === 1 ? 0 : n - 1);
      else setActive((current + step + n) % n);
      setOpen(true);
    } else if (e.key === 'Enter') {
      const hit = current >= 0 ? hits[current] : undefined;
      if (hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  let status = '';
  if (query.trim() && open) {
    if (!index) status = t(lang, 'searchWaiting');
    else status = hits.length ? t(lang, 'searchCount', { count: hits.length }) : t(lang, 'searchNone');
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t(lang, 'searchLabel')}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t(lang, 'searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <SuggestionList
        listId={listId}
        label={t(lang, 'searchLabel')}
        hits={hits}
        current={current}
        hidden={!expanded}
        lang={lang}
        optionId={optionId}
        onChoose={choose}
        onActivate={setActive}
      />
      {open && query.trim() && !hits.length && (
        <p className="search-none" aria-hidden="true">
          {status}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}

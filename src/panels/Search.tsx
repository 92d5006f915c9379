// Search in any language: a combobox (ARIA 1.2) whose suggestions are chosen with ↑/↓ and Enter; choosing
// selects the record and brings it into view.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { t } from '../i18n';
import { search, type SearchHit } from '../search';
import { useAppStore } from '../store';
import { SuggestionList } from './SuggestionList';
import { showRecord } from './show-record';
import { useAtlasIndex, useSearchIndex } from './use-atlas';
import { useCombobox } from './use-combobox';
import './search.css';

const LIMIT = 8;

export function Search() {
  const lang = useAppStore((s) => s.lang);
  const index = useSearchIndex();
  const atlas = useAtlasIndex();
  const [query, setQuery] = useState('');
  const hits = useMemo(() => (index && query.trim() ? search(index, query, lang, LIMIT) : []), [index, query, lang]);
  const combo = useCombobox(hits, query, lang, Boolean(index));

  const choose = (hit: SearchHit) => {
    setQuery(hit.doc.label[lang]);
    combo.setOpen(false);
    if (atlas) showRecord(atlas, hit.doc.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (combo.ownKey(e)) return;
    if (e.key === 'Enter') {
      const hit = combo.current >= 0 ? hits[combo.current] : undefined;
      if (hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      if (combo.expanded) combo.setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search">
      <label htmlFor={combo.inputProps.id} className="visually-hidden">
        {t(lang, 'searchLabel')}
      </label>
      <input
        {...combo.inputProps}
        placeholder={t(lang, 'searchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          combo.typed();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => combo.setOpen(false)}
      />
      <SuggestionList {...combo.listProps} label={t(lang, 'searchLabel')} onChoose={choose} />
      {combo.open && query.trim() && !hits.length && (
        <p className="search-none" aria-hidden="true">
          {combo.status}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {combo.status}
      </p>
    </div>
  );
}

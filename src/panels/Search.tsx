// Search in any language: a combobox (ARIA 1.2) whose suggestions are chosen with ↑/↓ and Enter; choosing
// selects the record and brings it into view.
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { requireStage } from '../data/dataset';
import { t } from '../i18n';
import type { SearchHit } from '../search';
import { useAppStore } from '../store';
import { useGlossarySearch } from '../glossary/use-glossary-search';
import { SuggestionList } from './SuggestionList';
import { useAtlasIndex, useSearchIndex } from './use-atlas';
import { useCombobox } from './use-combobox';
import './search.css';

const LIMIT = 8;

/**
 * Fitting the camera to a chosen record (with Turf's bbox) is code the first view does not need: it is fetched when
 * the search box is first used, with the details, so a choice moves the camera at once.
 */
let fitCode: Promise<typeof import('./show-record')> | null = null;
const loadFit = () => (fitCode ??= import('./show-record'));

export function Search() {
  const lang = useAppStore((s) => s.lang);
  const searching = useSearchIndex();
  const atlas = useAtlasIndex();
  const [query, setQuery] = useState('');
  const [term, setTerm] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const glossary = useGlossarySearch(focused || Boolean(query));
  const hits = useMemo(() => {
    if (!searching || !glossary || !query.trim()) return [];
    const terms = glossary.searchTerms(query, lang);
    return [...terms, ...searching.search(searching.index, query, lang, LIMIT - terms.length)];
  }, [searching, glossary, query, lang]);
  const combo = useCombobox(hits, query, lang, Boolean(searching && glossary));
  // The search reads the records' details; they are fetched when the reader starts typing, not with the map.
  useEffect(() => {
    if (query) void requireStage('details').catch(() => undefined);
  }, [query]);
  useEffect(() => {
    if (focused || query) void loadFit().catch(() => (fitCode = null));
  }, [focused, query]);

  const choose = (hit: SearchHit) => {
    setQuery(hit.doc.label[lang]);
    combo.setOpen(false);
    if (hit.doc.type === 'term') setTerm(hit.doc.id);
    else if (atlas) {
      setTerm(null);
      void loadFit().then((m) => m.showRecord(atlas, hit.doc.id));
    }
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
    <div
      className="search"
      onFocus={() => {
        setFocused(true);
        void requireStage('details').catch(() => undefined);
      }}
    >
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
      {term && glossary && <glossary.GlossaryCard id={term} lang={lang} onClose={() => setTerm(null)} />}
    </div>
  );
}

// A place for the route (origin, destination or a stop on the way): a combobox like the header search (ARIA 1.2,
// ↑/↓ and Enter, Escape), suggesting places in any language and script, misspelt ones included (place-suggest.ts).
// Choosing a suggestion commits the place's id; Enter or leaving the field commits the text as typed, which the
// planner resolves (and explains if it cannot).
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { SuggestionList } from '../panels/SuggestionList';
import { useSearchIndex } from '../panels/use-atlas';
import { useCombobox } from '../panels/use-combobox';
import type { SearchHit } from '../search';
import { placeSuggestions } from './place-suggest';

const LIMIT = 8;

interface Props {
  label: string;
  /** The committed value: a node id or the text the reader typed. */
  value: string;
  /** The value as shown: the place's name in the reader's language when it is a known id. */
  display: string;
  lang: Lang;
  onCommit: (value: string) => void;
  /** Places worth suggesting (the planner's: those with legs); every place when absent. */
  usable?: (id: string) => boolean;
  /** Focus the field when it appears (a stop just added). */
  autoFocus?: boolean;
  /** Buttons beside the field (remove a stop). */
  children?: ReactNode;
}

export function PlaceInput({ label, value, display, lang, onCommit, usable, autoFocus, children }: Props) {
  const index = useSearchIndex()?.index;
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? display;

  const hits = useMemo(
    () => (index && draft?.trim() ? placeSuggestions(index, draft, lang, usable, LIMIT) : []),
    [index, draft, lang, usable],
  );
  const combo = useCombobox(hits, draft ?? '', lang, Boolean(index));

  const commit = (next: string) => {
    setDraft(null);
    combo.setOpen(false);
    if (next.trim() !== value) onCommit(next.trim());
  };
  const choose = (hit: SearchHit) => commit(hit.doc.id);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (combo.ownKey(e)) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      const hit = combo.current >= 0 ? hits[combo.current] : undefined;
      if (hit) choose(hit);
      else if (draft !== null) commit(draft);
    } else if (e.key === 'Escape') {
      if (combo.expanded) combo.setOpen(false);
      else setDraft(null);
    }
  };

  return (
    <div className="search place-input">
      <label htmlFor={combo.inputProps.id}>{label}</label>
      <div className="place-field">
        <input
          {...combo.inputProps}
          autoFocus={autoFocus}
          placeholder={t(lang, 'routePlaceholder')}
          value={text}
          onChange={(e) => {
            setDraft(e.target.value);
            combo.typed();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => (draft !== null ? commit(draft) : combo.setOpen(false))}
        />
        {children}
      </div>
      <SuggestionList {...combo.listProps} label={label} onChoose={choose} />
      <p role="status" className="visually-hidden">
        {combo.status}
      </p>
    </div>
  );
}

// A place for the route (origin, destination or a stop on the way): a combobox like the header search (ARIA 1.2,
// ↑/↓ and Enter, Escape), suggesting places in any language and script. Choosing a suggestion commits the place's
// id; Enter or leaving the field commits the text as typed, which the planner resolves (and explains if it cannot).
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import { SuggestionList } from '../panels/SuggestionList';
import { useSearchIndex } from '../panels/use-atlas';
import { search, type SearchHit } from '../search';

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
  const index = useSearchIndex();
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const text = draft ?? display;

  const hits = useMemo(
    () =>
      index && draft?.trim()
        ? search(index, draft, lang, LIMIT * 3)
            .filter((h) => h.doc.type === 'node' && (!usable || usable(h.doc.id)))
            .slice(0, LIMIT)
        : [],
    [index, draft, lang, usable],
  );
  const expanded = open && hits.length > 0;
  const current = expanded ? Math.min(active, hits.length - 1) : -1;

  const commit = (next: string) => {
    setDraft(null);
    setOpen(false);
    if (next.trim() !== value) onCommit(next.trim());
  };
  const choose = (hit: SearchHit) => commit(hit.doc.id);

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
      e.preventDefault();
      const hit = current >= 0 ? hits[current] : undefined;
      if (hit) choose(hit);
      else if (draft !== null) commit(draft);
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setDraft(null);
    }
  };

  let status = '';
  if (draft?.trim() && open) {
    if (!index) status = t(lang, 'searchWaiting');
    else status = hits.length ? t(lang, 'searchCount', { count: hits.length }) : t(lang, 'searchNone');
  }

  return (
    <div className="search place-input">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="place-field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          placeholder={t(lang, 'routePlaceholder')}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          value={text}
          onChange={(e) => {
            setDraft(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => (draft !== null ? commit(draft) : setOpen(false))}
        />
        {children}
      </div>
      <SuggestionList
        listId={listId}
        label={label}
        hits={hits}
        current={current}
        hidden={!expanded}
        lang={lang}
        optionId={optionId}
        onChoose={choose}
        onActivate={setActive}
      />
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}

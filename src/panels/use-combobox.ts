// The state and keyboard of an ARIA 1.2 combobox over search hits, shared by the header search and the
// planner's place inputs: which option is active, ↑/↓ moving through them, the attributes of the input and
// the listbox, and the status line a screen reader hears. What Enter and Escape do is the caller's.
import { useId, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../data/schema';
import { t } from '../i18n';
import type { SearchHit } from '../search';

/** An input method (pinyin, kana…) is composing; Chromium and Safari report the key as 229 during it. */
export const isComposing = (e: KeyboardEvent<HTMLInputElement>) => e.nativeEvent.isComposing || e.keyCode === 229;

export function useCombobox(hits: SearchHit[], query: string, lang: Lang, indexReady: boolean) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && hits.length > 0;
  const current = expanded ? Math.min(active, hits.length - 1) : -1;

  /**
   * Keys the combobox takes for itself: every key while an input method is composing (the Enter that confirms
   * pinyin must not choose a suggestion), and ↑/↓, which move through the suggestions (wrapping) and open the list.
   * True when the caller must leave the key alone.
   */
  const ownKey = (e: KeyboardEvent<HTMLInputElement>): boolean => {
    if (isComposing(e)) return true;
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return false;
    const n = hits.length;
    if (!n) return true;
    e.preventDefault();
    const step = e.key === 'ArrowDown' ? 1 : -1;
    if (!expanded) setActive(step === 1 ? 0 : n - 1);
    else setActive((current + step + n) % n);
    setOpen(true);
    return true;
  };

  /** The reader typed: start again at the first suggestion. */
  const typed = () => {
    setActive(0);
    setOpen(true);
  };

  let status = '';
  if (query.trim() && open) {
    if (!indexReady) status = t(lang, 'searchWaiting');
    else status = hits.length ? t(lang, 'searchCount', { count: hits.length }) : t(lang, 'searchNone');
  }

  const inputProps = {
    id: `${id}-input`,
    type: 'text',
    role: 'combobox',
    autoComplete: 'off',
    spellCheck: false,
    'aria-autocomplete': 'list' as const,
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': current >= 0 ? optionId(current) : undefined,
    onFocus: () => setOpen(true),
  };
  const listProps = { listId, hits, current, hidden: !expanded, lang, optionId, onActivate: setActive };
  return { open, setOpen, current, expanded, ownKey, typed, status, inputProps, listProps };
}

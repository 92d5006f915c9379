// The player's keys as a pure mapping, so the rules (and what must not fire while typing) are tested apart.
import type { StepAction } from './engine';

export type KeyAction = StepAction | 'notes' | 'present';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

/** Widgets that use these keys themselves: text fields, selects, sliders, listboxes. */
const OWN_KEYS_ROLES = [
  'textbox',
  'searchbox',
  'combobox',
  'slider',
  'spinbutton',
  'listbox',
  'menu',
  'tablist',
  'grid',
];

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return OWN_KEYS_ROLES.some((r) => el.closest(`[role="${r}"]`));
}

/** Elements Space and Enter already activate: a focused button keeps its own meaning. */
function activates(target: EventTarget | null): boolean {
  return Boolean(
    target &&
    typeof (target as Element).closest === 'function' &&
    (target as Element).closest('button, a[href], summary'),
  );
}

export function keyAction(e: KeyLike): KeyAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey || isTypingTarget(e.target)) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      if (activates(e.target)) return null;
      return e.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'n':
    case 'N':
      return 'notes';
    case 'f':
    case 'F':
      return 'present';
    default:
      return null;
  }
}

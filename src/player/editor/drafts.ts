// My stories: the author's drafts kept in localStorage as they are typed, and the one open in the editor, so a
// reload or a crash loses nothing. A browser that refuses storage (private mode, full) keeps the draft in memory.
import { useEffect } from 'react';
import { Story } from '../../story/schema';
import { useAppStore } from '../../store';

const KEY = 'corridor-atlas.drafts';

interface Kept {
  stories: Record<string, { story: unknown; saved: string }>;
  open: string | null;
}

function read(): Kept {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Kept | null;
    return kept && typeof kept.stories === 'object' ? kept : { stories: {}, open: null };
  } catch {
    return { stories: {}, open: null };
  }
}

function write(kept: Kept): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch (err) {
    console.warn('drafts could not be kept in this browser', err);
  }
}

/** The drafts kept, newest first; entries that no longer match the story schema are left out. */
export function keptDrafts(): { story: Story; saved: string }[] {
  return Object.values(read().stories)
    .flatMap(({ story, saved }) => {
      const parsed = Story.safeParse(story);
      return parsed.success ? [{ story: parsed.data, saved }] : [];
    })
    .sort((a, b) => b.saved.localeCompare(a.saved));
}

export function forgetDraft(id: string): void {
  const kept = read();
  delete kept.stories[id];
  if (kept.open === id) kept.open = null;
  write(kept);
}

/** Writes the draft on every change and reopens the one that was open when the page last closed. */
export function useKeptDrafts(): void {
  useEffect(() => {
    const kept = read();
    const open = kept.open ? Story.safeParse(kept.stories[kept.open]?.story) : null;
    if (open?.success && !useAppStore.getState().draft) useAppStore.getState().openDraft(open.data, true);
    return useAppStore.subscribe(
      (s) => s.draft,
      (draft, before) => {
        const next = read();
        if (draft) next.stories[draft.id] = { story: draft, saved: new Date().toISOString() };
        next.open = draft?.id ?? null;
        if (draft || before) write(next);
      },
    );
  }, []);
}

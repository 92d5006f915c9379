// A link with #story=… carries a whole story: once the data has loaded it is read with the story rules, kept as a
// draft (the reader can edit their own copy) and played from its first scene. A link pasted into the address bar of
// an open atlas (only the fragment changes, the page does not reload) is read the same way. A link that does not
// read is refused with a notice, and the atlas stays as it was.
import { useEffect } from 'react';
import { useRoutingDataset as useDataset } from '../../data/dataset';
import type { Dataset } from '../../data/schema';
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { decodeStory, storyInFragment } from '../../story/link';
import { readStory } from '../../story/open-file';
import { refsFromDataset } from '../../story/refs';

/** Opens the story of a link to play; `asDraft` also opens it in the editor as the reader's own copy. */
export async function openStoryLink(value: string, data: Dataset, asDraft: boolean): Promise<void> {
  const refuse = (detail: string) => {
    const s = useAppStore.getState();
    s.notify('error', t(s.lang, 'storyError', { detail }));
  };
  let text: string;
  try {
    text = await decodeStory(value);
  } catch {
    return refuse(t(useAppStore.getState().lang, 'storyLinkUnreadable'));
  }
  const result = readStory(text, refsFromDataset(data));
  if (!result.ok) return refuse(result.problems.join('; '));
  const s = useAppStore.getState();
  if (asDraft) s.openDraft(result.story);
  s.prepareStory(result.story, data);
  s.openStory(result.story.id, 0);
}

export function useStoryLink(asDraft = true): void {
  const dataset = useDataset();
  const data = dataset.status === 'ready' ? dataset.data : null;
  useEffect(() => {
    if (!data) return;
    let last: string | null = null;
    const read = () => {
      const value = storyInFragment(window.location.hash);
      // The same fragment is read once: going back to it, or a scene step that rewrites the query, opens nothing.
      if (!value || value === last) return;
      last = value;
      void openStoryLink(value, data, asDraft);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [data, asDraft]);
}

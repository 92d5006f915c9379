// A link with #story=… carries a whole story: once the data has loaded it is read with the story rules, kept as a
// draft (the reader can edit their own copy) and played from its first scene. A link that does not read is
// refused with a notice, and the atlas opens as usual.
import { useEffect, useRef } from 'react';
import { useRoutingDataset as useDataset } from '../../data/dataset';
import { t } from '../../i18n';
import { useAppStore } from '../../store';
import { decodeStory, FRAGMENT_KEY } from '../../story/link';
import { readStory } from '../../story/open-file';
import { refsFromDataset } from '../../story/refs';

export function useStoryLink(): void {
  const dataset = useDataset();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || dataset.status !== 'ready') return;
    done.current = true;
    const value = new URLSearchParams(window.location.hash.slice(1)).get(FRAGMENT_KEY);
    if (!value) return;
    const data = dataset.data;
    const refuse = (detail: string) => {
      const s = useAppStore.getState();
      s.notify('error', t(s.lang, 'storyError', { detail }));
    };
    decodeStory(value).then(
      (text) => {
        const result = readStory(text, refsFromDataset(data));
        if (!result.ok) return refuse(result.problems.join('; '));
        const s = useAppStore.getState();
        s.openDraft(result.story);
        s.prepareStory(result.story, data);
        s.openStory(result.story.id, 0);
      },
      () => refuse('the link does not hold a story'),
    );
  }, [dataset]);
}

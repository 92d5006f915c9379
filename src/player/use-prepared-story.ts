// Loads a story and the data it plays on, prepares its scenes, and applies the open scene once both are there
// (a link opened cold, or a story chosen before the data finished loading).
import { useEffect, useState } from 'react';
import { useRoutingDataset as useDataset } from '../data/dataset';
import { t } from '../i18n';
import { useAppStore } from '../store';
import { sceneKey } from '../store/story-scene';
import { loadStory } from '../story/catalogue';
import type { Story } from '../story/schema';
import type { PreparedStory } from '../story/session';

export type PreparedState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; prepared: PreparedStory };

export function usePreparedStory(id: string): PreparedState {
  const dataset = useDataset();
  const [loaded, setLoaded] = useState<{ id: string; story?: Story; error?: string } | null>(null);
  useEffect(() => {
    // A draft from the editor is prepared before it plays; only built-in stories are loaded.
    if (useAppStore.getState().storyPrepared[id]) return;
    let live = true;
    loadStory(id).then(
      (story) => live && setLoaded({ id, story }),
      (err: Error) => live && setLoaded({ id, error: err.message }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const story = loaded?.id === id ? loaded.story : undefined;
  const data = dataset.status === 'ready' ? dataset.data : undefined;
  const prepared = useAppStore((s) => s.storyPrepared[id]);
  useEffect(() => {
    if (story && data) useAppStore.getState().prepareStory(story, data);
  }, [story, data]);

  const position = useAppStore((s) => s.story);
  const applied = useAppStore((s) => s.storyApplied);
  useEffect(() => {
    if (!prepared || !position || position.id !== prepared.story.id) return;
    if (applied === sceneKey(position.id, position.scene)) return;
    const count = prepared.patches.length;
    const s = useAppStore.getState();
    if (position.scene >= count) s.notify('info', t(s.lang, 'sceneMissing', { count, scene: count }));
    // The first view of a story opened from a link appears at once, like any linked view.
    s.showScene(Math.min(position.scene, count - 1), { instant: true });
  }, [prepared, position, applied]);

  if (prepared) return { status: 'ready', prepared };
  if (loaded?.id === id && loaded.error) return { status: 'error', message: loaded.error };
  if (dataset.status === 'error') return { status: 'error', message: dataset.message };
  return prepared ? { status: 'ready', prepared } : { status: 'loading' };
}

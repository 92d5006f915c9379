// The audience's side of the presenter window: tells the channel which scene is on screen whenever it changes (or
// is asked), and takes the presenter's steps as if its own keys had been pressed.
import { useEffect } from 'react';
import { useAppStore } from '../../store';
import type { PreparedStory } from '../../story/session';
import { openChannel, readMessage } from './channel';

export function useAudienceLink(prepared: PreparedStory | null): void {
  const scene = useAppStore((s) => s.story?.scene ?? 0);
  useEffect(() => {
    const channel = openChannel();
    if (!channel || !prepared) return;
    const tell = () => {
      const at = useAppStore.getState().story;
      if (at?.id === prepared.story.id) channel.postMessage({ kind: 'at', story: prepared.story, scene: at.scene });
    };
    channel.onmessage = (e: MessageEvent) => {
      const m = readMessage(e.data);
      if (m?.kind === 'ask') tell();
      else if (m?.kind === 'step') useAppStore.getState().stepStory(m.action);
    };
    tell();
    return () => channel.close();
  }, [prepared, scene]);
}

/** Opens the presenter's window: notes, next scene and a clock, in step with this one. */
export function openPresenterWindow(lang: string): void {
  const url = `${window.location.origin}${window.location.pathname}?lang=${lang}#presenter`;
  window.open(url, 'corridor-atlas-presenter', 'popup,width=960,height=680');
}

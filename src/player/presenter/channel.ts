// The presenter's second window and the audience's window talk over a BroadcastChannel of the atlas's origin:
// the audience says where the story is (the whole story, so a draft needs no file), the presenter asks for that
// and steps. Messages are checked on arrival: another tab of the atlas may share the channel.
import type { StepAction } from '../../story/engine';
import { Story } from '../../story/schema';

export const CHANNEL = 'corridor-atlas-presenter';
export { PRESENTER_KEY } from '../window-kind';

export type PresenterMessage =
  | { kind: 'at'; story: Story; scene: number }
  | { kind: 'ask' }
  | { kind: 'step'; action: StepAction }
  | { kind: 'closed' };

const STEPS: readonly string[] = ['next', 'previous', 'first', 'last'];

/** The message, or null for anything that is not one of ours. */
export function readMessage(data: unknown): PresenterMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.kind === 'ask' || m.kind === 'closed') return { kind: m.kind };
  if (m.kind === 'step' && typeof m.action === 'string' && STEPS.includes(m.action))
    return { kind: 'step', action: m.action as StepAction };
  if (m.kind === 'at' && typeof m.scene === 'number') {
    const story = Story.safeParse(m.story);
    if (story.success) return { kind: 'at', story: story.data, scene: m.scene };
  }
  return null;
}

export { isPresenterHash, PRESENTER_WINDOW } from '../window-kind';

export const openChannel = (): BroadcastChannel | null =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

// Moving through a story's scenes, apart from the engine (story/engine.ts) so the store holds this without the
// engine's geometry, which comes with the story player.

export type StepAction = 'next' | 'previous' | 'first' | 'last';

export function stepScene(scene: number, count: number, action: StepAction): number {
  if (action === 'first') return 0;
  if (action === 'last') return count - 1;
  return Math.max(0, Math.min(count - 1, scene + (action === 'next' ? 1 : -1)));
}

// The moment the first view has settled: the map's first `idle`, when its tiles and the atlas's layers are drawn.
// Work the first view does not show (the offline precache of every file of the build) waits for it, so that it
// does not take the CPU and the network from the first paint.
let settle: () => void = () => undefined;
const settled = new Promise<void>((resolve) => (settle = resolve));

/** Called by the map's owner on its first idle, or when no map can be made (then nothing is waiting on it). */
export function markFirstViewSettled(): void {
  settle();
}

/** Resolves on the first view's settling, or after `fallbackMs` if the map never settles (a story playing on). */
export function firstViewSettled(fallbackMs: number): Promise<void> {
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]);
}

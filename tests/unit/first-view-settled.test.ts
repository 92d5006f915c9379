// Work that waits for the first view (the offline precache) starts when the map settles, or after a fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';

const fresh = async () => {
  vi.resetModules();
  return import('../../src/map/settled');
};

describe('the first view settling', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the map to settle, not for the fallback', async () => {
    vi.useFakeTimers();
    const { firstViewSettled, markFirstViewSettled } = await fresh();
    let done = false;
    void firstViewSettled(10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(done).toBe(false);
    markFirstViewSettled();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('goes ahead after the fallback when the map never settles', async () => {
    vi.useFakeTimers();
    const { firstViewSettled } = await fresh();
    let done = false;
    void firstViewSettled(10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});

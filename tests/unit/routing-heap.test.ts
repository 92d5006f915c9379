import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../src/routing/heap';

describe('binary heap', () => {
  it('pops items in key order, growing past its first capacity', () => {
    const heap = new MinHeap(2);
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 1000;
    const keys = Array.from({ length: 500 }, rnd);
    keys.forEach((k, i) => heap.push(k, i));
    const popped: number[] = [];
    while (heap.size) {
      const item = heap.pop();
      expect(heap.lastKey).toBe(keys[item]);
      popped.push(heap.lastKey);
    }
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
  });

  it('keeps duplicates of an item as separate entries', () => {
    const heap = new MinHeap();
    heap.push(5, 1);
    heap.push(3, 1);
    expect(heap.pop()).toBe(1);
    expect(heap.lastKey).toBe(3);
    expect(heap.size).toBe(1);
  });
});

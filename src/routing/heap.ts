// A binary min-heap of (priority, item) pairs in flat typed arrays, for Dijkstra. Items may be pushed more than
// once; the search skips stale entries instead of decreasing keys.

export class MinHeap {
  private keys: Float64Array;
  private items: Int32Array;
  private count = 0;

  constructor(capacity = 64) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  push(key: number, item: number): void {
    if (this.count === this.keys.length) this.grow();
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent]!;
      if (pk <= key) break;
      this.keys[i] = pk;
      this.items[i] = this.items[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }

  /** The smallest key's item; call only when size > 0. `lastKey` then holds its key. */
  pop(): number {
    const top = this.items[0]!;
    this.lastKey = this.keys[0]!;
    const n = --this.count;
    if (n > 0) this.siftDown(this.keys[n]!, this.items[n]!, n);
    return top;
  }

  lastKey = 0;

  private siftDown(key: number, item: number, n: number): void {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.keys[right]! < this.keys[child]!) child = right;
      if (this.keys[child]! >= key) break;
      this.keys[i] = this.keys[child]!;
      this.items[i] = this.items[child]!;
      i = child;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const items = new Int32Array(this.items.length * 2);
    keys.set(this.keys);
    items.set(this.items);
    this.keys = keys;
    this.items = items;
  }
}

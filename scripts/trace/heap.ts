/** A binary min-heap of (key, priority) pairs: the frontier of the path search. */
export class MinHeap {
  private keys: number[] = [];
  private prios: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, prio: number): void {
    this.keys.push(key);
    this.prios.push(prio);
    let i = this.keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.prios[parent]! <= prio) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the key with the lowest priority. */
  pop(): { key: number; prio: number } | undefined {
    const n = this.keys.length;
    if (n === 0) return undefined;
    const top = { key: this.keys[0]!, prio: this.prios[0]! };
    const lastKey = this.keys.pop()!;
    const lastPrio = this.prios.pop()!;
    if (n > 1) {
      this.keys[0] = lastKey;
      this.prios[0] = lastPrio;
      this.sink(0);
    }
    return top;
  }

  private sink(i: number): void {
    const n = this.keys.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.prios[l]! < this.prios[m]!) m = l;
      if (r < n && this.prios[r]! < this.prios[m]!) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.prios[a], this.prios[b]] = [this.prios[b]!, this.prios[a]!];
  }
}

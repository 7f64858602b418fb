/**
 * A map that keeps what costs to derive, within a budget: each entry has a size (in whatever unit
 * the caller counts: changes, characters), and past the budget the least recently used entries go
 * first. The newest entry is always kept, even alone over budget.
 */
export class BoundedCache<V> {
  // Map order is use order: reading an entry moves it to the end.
  readonly #entries = new Map<string, { value: V; size: number }>();
  #used = 0;

  constructor(readonly budget: number) {}

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` under `key` (replacing what was there), then drops the least used past the budget. */
  set(key: string, value: V, size: number): void {
    this.delete(key);
    this.#entries.set(key, { value, size });
    this.#used += size;
    for (const [oldKey, entry] of this.#entries) {
      if (this.#used <= this.budget || this.#entries.size <= 1) break;
      this.#entries.delete(oldKey);
      this.#used -= entry.size;
    }
  }

  /** Sets the size of a kept entry (known only once it is derived); it counts as just used. */
  resize(key: string, size: number): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.set(key, entry.value, size);
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#used -= entry.size;
  }

  /** The value kept under `key`, else the one `derive` returns, kept with its size. */
  getOrSet(key: string, derive: () => { value: V; size: number }): V {
    const found = this.get(key);
    if (found !== undefined) return found;
    const { value, size } = derive();
    this.set(key, value, size);
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The sum of the kept entries' sizes. */
  get used(): number {
    return this.#used;
  }
}

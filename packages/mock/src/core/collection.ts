// A collection of the mock's state: a Map by id that reports every change to its listeners, so what is
// derived from the records (the lists' indexes, the state file's journal) stays up to date without
// scanning. `set` and `delete` report themselves; a record changed in place is reported with `touch(id)`,
// which every such change calls once its fields are written.

/**
 * Called synchronously after a change: the record as it now is, or undefined when it was deleted.
 * @example collection.onChange((id, record) => (record ? index.add(id, record) : index.remove(id)));
 */
export type ChangeListener<T> = (id: string, record: T | undefined) => void;

/**
 * A Map of records by id that reports each change (`mock.state.calls`, ...). Reading it is reading a Map.
 * @example
 * mock.state.calls.onChange((id, call) => console.log(id, call?.status));
 */
export class Collection<T> extends Map<string, T> {
  #listeners: ChangeListener<T>[] = [];

  /** Calls `listener` after every change; returns a function that stops it. */
  onChange(listener: ChangeListener<T>): () => void {
    this.#listeners.push(listener);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }

  /**
   * Calls `listener` with the id after every change, without the record: what reads the records later
   * (the state file's journal) spares a collection that makes its records on read (timelines, the event log)
   * the making of one at each change. Returns a function that stops it.
   */
  onChangeId(listener: (id: string) => void): () => void {
    const each: ChangeListener<T> = (id) => listener(id);
    this.#listeners.push(each);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== each);
    };
  }

  override set(id: string, record: T): this {
    super.set(id, record);
    for (const listener of this.#listeners) listener(id, record);
    return this;
  }

  override delete(id: string): boolean {
    const had = super.delete(id);
    if (had) for (const listener of this.#listeners) listener(id, undefined);
    return had;
  }

  override clear(): void {
    const ids = this.#listeners.length ? [...this.keys()] : [];
    super.clear();
    for (const id of ids) for (const listener of this.#listeners) listener(id, undefined);
  }

  /** Reports a record changed in place (its fields written, not replaced). Unknown ids are ignored. */
  touch(id: string): void {
    if (!this.#listeners.length) return;
    const record = super.get(id);
    if (record !== undefined) for (const listener of this.#listeners) listener(id, record);
  }
}

/**
 * A map of records by id. `onChange` hears of every insert, update and delete (the store uses it to drop
 * cached indexes); subclasses keep their own secondary indexes in step through the protected hooks.
 */
export class Table<T extends { id: string }> {
  readonly #rows = new Map<string, T>();

  constructor(private readonly onChange: (row: T) => void = () => {}) {}

  get size(): number {
    return this.#rows.size;
  }

  get(id: string): T | undefined {
    return this.#rows.get(id);
  }

  all(): IterableIterator<T> {
    return this.#rows.values();
  }

  where(predicate: (row: T) => boolean): T[] {
    const rows: T[] = [];
    for (const row of this.#rows.values()) if (predicate(row)) rows.push(row);
    return rows;
  }

  insert(row: T): T {
    if (this.#rows.has(row.id)) throw new Error(`Duplicate id ${row.id}`);
    this.#rows.set(row.id, row);
    this.added(row);
    this.onChange(row);
    return row;
  }

  /** Applies `patch` to the stored record in place and returns it. */
  update(row: T, patch: Partial<T>): T {
    const before = { ...row };
    Object.assign(row, patch);
    this.changed(row, before);
    this.onChange(row);
    return row;
  }

  delete(row: T): void {
    if (!this.#rows.delete(row.id)) return;
    this.removed(row);
    this.onChange(row);
  }

  protected added(_row: T): void {}
  protected changed(_row: T, _before: T): void {}
  protected removed(_row: T): void {}
}

// Tells cached reads whether a table they came from may have changed since they were read.
// Only the embedded SQLite store has one: there this process holds the file's lock and
// writes through its single connection, so the driver's count of writes per table sees
// every change. On PostgreSQL other nodes write unseen, so nothing is cached there.

export class ChangeTracker {
  readonly #writes = new Map<string, number>();
  /** Writes whose table is not known (schema changes, unusual statements): every table. */
  #anything = 0;

  /** A statement wrote to `table` (null: to an unknown table, or its work was lost). */
  wrote(table: string | null): void {
    if (table === null) this.#anything++;
    else this.#writes.set(table, (this.#writes.get(table) ?? 0) + 1);
  }

  /** A count that grows whenever this process may have changed one of `tables`. */
  writesTo(tables: readonly string[]): number {
    let n = this.#anything;
    for (const t of tables) n += this.#writes.get(t) ?? 0;
    return n;
  }
}

const SIMPLE_WRITE = /^\s*(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+"?(\w+)"?/i;

/** The table a writing statement changes, or null when that cannot be told from its text. */
export function writtenTable(sql: string): string | null {
  return SIMPLE_WRITE.exec(sql)?.[1] ?? null;
}

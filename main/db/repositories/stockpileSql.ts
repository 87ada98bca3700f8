import type Database from 'better-sqlite3';

/** Helpers shared by the stockpile, destruction, retained-mine and measure repositories. */

/** A LIKE pattern that matches `text` literally (its `%`, `_` and `\` escaped), anywhere. */
export function containsPattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The first and last day of a calendar year, for a filter that an index on the date can serve. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Prepares each distinct list statement once. List SQL is assembled from whitelisted pieces only
 * (no user text reaches it), so the number of distinct statements stays small.
 */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** Sorts rows in place by one key, then by a tie-breaker, in either direction. */
export function sortRows<T>(
  rows: T[],
  key: (row: T) => string | number,
  tieBreak: (row: T) => string,
  direction: 'asc' | 'desc',
): T[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const sign = direction === 'desc' ? -1 : 1;
  const compare = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return rows.sort((a, b) => sign * (compare(key(a), key(b)) || compare(tieBreak(a), tieBreak(b))));
}

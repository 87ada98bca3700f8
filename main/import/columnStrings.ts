/** Distinct values a column remembers: a column of references, all different, stops there. */
const REMEMBERED = 4096;

/**
 * One string instance per repeated value of a column (a source, a locality, a date). Each cell
 * arrives from the reader as a string of its own, and the dry run keeps every accepted row until
 * the commit: 100 000 rows of "Rapport mensuel …" are 100 000 copies otherwise (about 10 MB).
 */
export class ColumnStrings {
  private readonly seen = new Map<string, string>();

  same(value: string): string {
    const known = this.seen.get(value);
    if (known !== undefined) return known;
    if (this.seen.size < REMEMBERED) this.seen.set(value, value);
    return value;
  }
}

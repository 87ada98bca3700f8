/**
 * Free text searched with LIKE: `%`, `_` and `\` typed by the user match themselves, not as
 * wildcards. Statements using it say `ESCAPE '\'`.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

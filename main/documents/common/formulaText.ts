/**
 * Text a spreadsheet could take for a formula (= + - @, or a tab or carriage return before
 * one) gets a leading apostrophe, the OWASP advice against formula injection: a name typed as
 * `=HYPERLINK(...)` then stays text when the sheet is re-saved as CSV or a cell is re-edited.
 * A charCode test first, because this runs on every text cell of large sheets. A phone number
 * (`+223 20 00 00 11`) or a signed figure is left alone: made only of digits, spaces and
 * `+ - . ( )`, it can at worst be arithmetic, never a call, and an apostrophe would show.
 */
const NUMBER_LIKE = /^[+-][\d\s.()+-]*$/;

export function formulaSafe(text: string): string {
  const first = text.charCodeAt(0);
  // = + - @ TAB CR
  if (first === 61 || first === 64 || first === 9 || first === 13) return `'${text}`;
  if ((first === 43 || first === 45) && !NUMBER_LIKE.test(text)) return `'${text}`;
  return text;
}

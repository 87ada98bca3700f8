/**
 * Look shared by the register's xlsx and docx, so both read as one set. Arial because Word has
 * it everywhere and LibreOffice maps it to the metric-compatible Liberation Sans: line breaks
 * and the one-page fit come out the same.
 */
export const DOCUMENT_FONT = 'Arial';

/** Hex RGB without '#', as both libraries take it. */
export const COLOURS = {
  headerFill: 'DCE6F1',
  subtotalFill: 'F2F2F2',
  totalFill: 'D9D9D9',
  border: '808080',
  muted: '595959',
} as const;

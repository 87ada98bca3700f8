import { describe, expect, it } from 'vitest';
import { formulaSafe } from '../../../main/documents/common/formulaText';

describe('formulaSafe', () => {
  it('keeps text a spreadsheet could run as a formula from being one', () => {
    for (const text of [
      '=HYPERLINK("http://x")',
      '@SUM(A1)',
      "+cmd|' /C calc'!A0",
      '-2+3+cmd|x',
      '\t=1',
      '\r=1',
    ]) {
      expect(formulaSafe(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text, phone numbers and signed figures as they are', () => {
    for (const text of ['Mopti', '+223 20 22 33 44', '-5', '+33 (0)1 45 67 89 00', 'Loi n° 98-021', '']) {
      expect(formulaSafe(text)).toBe(text);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { excelDate, wrappedLines } from '../../../main/documents/common/xlsx';

describe('xlsx helpers', () => {
  it('counts the lines a wrapped cell needs, so rows are written tall enough', () => {
    expect(wrappedLines('Mopti', 10)).toBe(1);
    expect(wrappedLines('Zone soupçonnée dangereuse (ZSD)', 28)).toBe(1);
    expect(wrappedLines('Zone soupçonnée dangereuse (ZSD)', 14)).toBe(2);
    expect(wrappedLines('Mine antipersonnel improvisée\nMunition non explosée (UXO)', 40)).toBe(2);
    // A no-break space does not break: "(WGS 84)" stays whole.
    expect(wrappedLines('Latitude (WGS\u00a084)', 10)).toBe(2);
    expect(wrappedLines('x'.repeat(30), 10)).toBe(3);
  });

  it('turns an ISO date into the same calendar day in any time zone', () => {
    expect(excelDate('2026-03-14').toISOString()).toBe('2026-03-14T00:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { convertCell, parseNumberText } from '../../../main/import/convert';
import type { Cell } from '../../../main/import/read/types';
import { OPERATOR_RETURN_COLUMNS, type TemplateColumn } from '../../../shared/domain/operatorReturn';
import { createTranslator } from '../../../shared/i18n/index';

const column = (kind: keyof typeof OPERATOR_RETURN_COLUMNS, key: string): TemplateColumn => {
  const found = OPERATOR_RETURN_COLUMNS[kind].find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found;
};
const TEXT = column('landRelease', 'notes');
const DATE = column('landRelease', 'startDate');
const WHOLE = column('landRelease', 'clearedM2');
const KILLED = column('incident', 'killed'); // 0–10 000
const LATITUDE = column('incident', 'latitude'); // −90–90
const LIST = column('landRelease', 'operator');
const YEAR = column('capacity', 'year');
const QUARTER = column('capacity', 'quarter');

const value = (cell: Cell, c: TemplateColumn) => {
  const result = convertCell(cell, c);
  if (!('value' in result)) throw new Error(`problem ${JSON.stringify(result.problem)}`);
  return result.value;
};
const problem = (cell: Cell, c: TemplateColumn) => {
  const result = convertCell(cell, c);
  if (!('problem' in result)) throw new Error(`value ${JSON.stringify(result.value)}`);
  return result.problem;
};

describe('empty cells', () => {
  it('are null in every column type, whatever the spaces', () => {
    for (const c of [TEXT, DATE, WHOLE, LATITUDE, LIST, YEAR, QUARTER]) {
      for (const cell of [null, '', '   ', '\u00a0\t']) expect(value(cell, c)).toBeNull();
    }
  });
});

describe('text', () => {
  it('is trimmed and keeps what is inside', () => {
    expect(value('  Champ nord  ', TEXT)).toBe('Champ nord');
    expect(value('=SUM(A1)', TEXT)).toBe('=SUM(A1)');
  });
  it('turns numbers, booleans and dates into text', () => {
    expect(value(12, TEXT)).toBe('12');
    expect(value(0.1 + 0.2, TEXT)).toBe('0.3');
    expect(value(true, TEXT)).toBe('TRUE');
    expect(value(new Date('2024-03-05T00:00:00Z'), TEXT)).toBe('2024-03-05');
    expect(value(new Date('2024-03-05T14:30:00Z'), TEXT)).toBe('2024-03-05 14:30');
  });
  it('refuses more than 2 000 characters, and says how many were read', () => {
    expect(value('a'.repeat(2000), TEXT)).toHaveLength(2000);
    expect(problem('a'.repeat(2001), TEXT)).toEqual({
      messageKey: 'import.problem.textTooLong',
      params: { max: 2000, length: 2001 },
    });
  });
});

describe('dates', () => {
  it('reads exceljs dates by their UTC parts', () => {
    expect(value(new Date('2024-03-15T00:00:00Z'), DATE)).toBe('2024-03-15');
    expect(value(new Date('2024-03-15T23:59:59.999Z'), DATE)).toBe('2024-03-16');
    expect(value(new Date('2024-03-15T18:00:00Z'), DATE)).toBe('2024-03-15');
  });
  it('reads Excel serials of the 1900 system', () => {
    expect(value(45366, DATE)).toBe('2024-03-15');
    expect(value(45366.75, DATE)).toBe('2024-03-15');
    expect(value(35431, DATE)).toBe('1997-01-01');
    expect(value('45366', DATE)).toBe('2024-03-15');
  });
  it('knows the fake 29/02/1900 and the days around it', () => {
    expect(problem(60, DATE).messageKey).toBe('import.problem.dateImpossible');
    // 59 and 61 are real days, but before 1997.
    expect(problem(59, DATE)).toMatchObject({ messageKey: 'import.problem.dateRange' });
    expect(problem(61, DATE)).toMatchObject({ messageKey: 'import.problem.dateRange' });
  });
  it('reads French text dates and ISO dates, with or without a time', () => {
    const cases: [string, string][] = [
      ['15/03/2024', '2024-03-15'],
      ['5/3/2024', '2024-03-05'],
      ['15-03-2024', '2024-03-15'],
      ['15.03.2024', '2024-03-15'],
      ['2024-03-15', '2024-03-15'],
      ['2024-3-5', '2024-03-05'],
      ['15/03/2024 14:30', '2024-03-15'],
      ['15/03/2024 14:30:12', '2024-03-15'],
      ['2024-03-15T00:00:00.000Z', '2024-03-15'],
      ['2024-03-15 08:00', '2024-03-15'],
      ['29/02/2024', '2024-02-29'],
    ];
    for (const [text, iso] of cases) expect(value(text, DATE), text).toBe(iso);
  });
  it('refuses impossible dates, naming them', () => {
    expect(problem('31/02/2024', DATE)).toEqual({
      messageKey: 'import.problem.dateImpossible',
      params: { value: '31/02/2024' },
    });
    expect(problem('29/02/2023', DATE).messageKey).toBe('import.problem.dateImpossible');
    expect(problem('12/13/2024', DATE).messageKey).toBe('import.problem.dateImpossible');
    expect(problem('2024-00-10', DATE).messageKey).toBe('import.problem.dateImpossible');
  });
  it('refuses what is not a date', () => {
    for (const text of ['mars 2024', '15/03/24', '2024/03', 'hier', '15/03-2024']) {
      expect(problem(text, DATE), text).toEqual({
        messageKey: 'import.problem.date',
        params: { value: text },
      });
    }
    expect(problem(true, DATE).messageKey).toBe('import.problem.date');
    expect(problem(new Date(Number.NaN), DATE).messageKey).toBe('import.problem.date');
  });
  it('accepts 1997 to 2100 only', () => {
    expect(value('01/01/1997', DATE)).toBe('1997-01-01');
    expect(value('31/12/2100', DATE)).toBe('2100-12-31');
    expect(problem('31/12/1996', DATE)).toEqual({
      messageKey: 'import.problem.dateRange',
      params: { value: '31/12/1996', min: 1997, max: 2100 },
    });
    expect(problem('01/01/2101', DATE).messageKey).toBe('import.problem.dateRange');
  });
});

describe('whole numbers', () => {
  it('takes numbers and French or English formatted text', () => {
    const cases: [Cell, number][] = [
      [12345, 12345],
      ['12345', 12345],
      ['12 345', 12345],
      ['12\u00a0345', 12345],
      ['12\u202f345', 12345],
      ['1 234 567', 1234567],
      ['12.345', 12345],
      ['1.234.567', 1234567],
      ['12,345', 12345],
      ['1,0', 1],
      ['1.0', 1],
      ['3,00', 3],
      ['+7', 7],
      [3.0000000000000004, 3],
    ];
    for (const [cell, n] of cases) expect(value(cell, WHOLE), String(cell)).toBe(n);
  });
  it('refuses decimals and non-numbers, saying what was read', () => {
    expect(problem('1,5', WHOLE)).toEqual({
      messageKey: 'import.problem.notWhole',
      params: { value: '1,5' },
    });
    expect(problem(2.5, WHOLE).messageKey).toBe('import.problem.notWhole');
    expect(problem('12.34', WHOLE).messageKey).toBe('import.problem.notWhole');
    for (const cell of ['douze', '12 m²', '1.23.4', '#N/A', true, new Date('2024-01-01T00:00:00Z')]) {
      expect(problem(cell, WHOLE).messageKey, String(cell)).toBe('import.problem.wholeNumber');
    }
  });
  it('keeps to the column bounds', () => {
    expect(value('10 000', KILLED)).toBe(10000);
    expect(problem('10 001', KILLED)).toEqual({
      messageKey: 'import.problem.range',
      params: { value: '10 001', min: 0, max: 10000 },
    });
    expect(problem(-1, KILLED).messageKey).toBe('import.problem.range');
  });
  it('reads years and quarters', () => {
    expect(value('2024', YEAR)).toBe(2024);
    expect(value(new Date('2024-01-01T00:00:00Z'), YEAR)).toBe(2024);
    expect(problem(1996, YEAR).messageKey).toBe('import.problem.range');
    expect(value(3, QUARTER)).toBe(3);
    expect(value('T2', QUARTER)).toBe(2);
    expect(value('q4', QUARTER)).toBe(4);
    expect(problem('5', QUARTER)).toMatchObject({ messageKey: 'import.problem.range' });
    expect(problem('T5', QUARTER).messageKey).toBe('import.problem.wholeNumber');
  });
});

describe('decimals', () => {
  it('takes a comma or a dot as the decimal separator, and grouped thousands', () => {
    const cases: [Cell, number][] = [
      ['12,5', 12.5],
      ['12.5', 12.5],
      ['-12,5', -12.5],
      ['−3,25', -3.25],
      ['45,123', 45.123],
      [',5', 0.5],
      [14.6934, 14.6934],
    ];
    for (const [cell, n] of cases) expect(value(cell, LATITUDE), String(cell)).toBe(n);
    expect(parseNumberText('1 234,5', false)).toBe(1234.5);
    expect(parseNumberText('1.234,5', false)).toBe(1234.5);
    expect(parseNumberText('1,234.5', false)).toBe(1234.5);
    expect(parseNumberText('1,23.4', false)).toBeNull();
  });
  it('refuses text and out-of-range values', () => {
    expect(problem('nord', LATITUDE)).toEqual({
      messageKey: 'import.problem.decimal',
      params: { value: 'nord' },
    });
    expect(problem('12,5,3', LATITUDE).messageKey).toBe('import.problem.decimal');
    expect(problem('90,5', LATITUDE)).toEqual({
      messageKey: 'import.problem.range',
      params: { value: '90,5', min: -90, max: 90 },
    });
  });
});

describe('lists', () => {
  it('pass the trimmed text on for lists.ts to resolve', () => {
    expect(value('  AMSS ', LIST)).toBe('AMSS');
    expect(value(1, LIST)).toBe('1');
  });
});

describe('messages', () => {
  it('say in both languages what was expected and what was read', () => {
    const fr = createTranslator('fr');
    const en = createTranslator('en');
    const p = problem('31/02/2024', DATE);
    expect(fr(p.messageKey, p.params)).toBe(
      "Date attendue au format jj/mm/aaaa, lu « 31/02/2024 », une date qui n'existe pas",
    );
    expect(en(p.messageKey, p.params)).toContain('dd/mm/yyyy, read “31/02/2024”');
    const range = problem('10 001', KILLED);
    expect(fr(range.messageKey, range.params)).toMatch(
      /^Nombre entre 0 et 10[\s\u202f]?000 attendu, lu « 10 001 »$/,
    );
  });
});

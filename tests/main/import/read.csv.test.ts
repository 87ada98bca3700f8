import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../main/import/read/csv';
import { readSpreadsheet } from '../../../main/import/read/index';

const rowsOf = async (bytes: Buffer, name = 'retour.csv') => {
  const workbook = await readSpreadsheet(bytes, name);
  expect(workbook.format).toBe('csv');
  return workbook.sheets[0]!.rows;
};

const utf16 = (text: string, bigEndian: boolean): Buffer => {
  const little = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? Buffer.from(little).swap16() : little;
};

describe('reading CSV files', () => {
  const frenchText = 'Région;Engin;Quantité\r\nCentre;Mine à effet de souffle;3\r\nÎle-de-ç;œuvre €;1,5\r\n';
  const expected = [
    { row: 1, cells: ['Région', 'Engin', 'Quantité'] },
    { row: 2, cells: ['Centre', 'Mine à effet de souffle', '3'] },
    { row: 3, cells: ['Île-de-ç', 'œuvre €', '1,5'] },
  ];

  it('reads UTF-8 with and without BOM, Windows-1252 and UTF-16 alike', async () => {
    expect(await rowsOf(Buffer.from(frenchText, 'utf8'))).toEqual(expected);
    expect(await rowsOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(frenchText)]))).toEqual(
      expected,
    );
    // Windows-1252: œ and € are 0x9C and 0x80 (Latin-1 has neither), the accents are Latin-1's.
    const bytes = Buffer.from(
      [...frenchText].flatMap((char) =>
        char === 'œ' ? [0x9c] : char === '€' ? [0x80] : [...Buffer.from(char, 'latin1')],
      ),
    );
    expect(bytes.includes(0xe9)).toBe(true);
    expect(await rowsOf(bytes)).toEqual(expected);
    expect(await rowsOf(utf16(frenchText, false))).toEqual(expected);
    expect(await rowsOf(utf16(frenchText, true))).toEqual(expected);
  });

  it('finds the delimiter: semicolon, comma, tab or bar, not fooled by commas in values', () => {
    expect(detectDelimiter('a;b;c\n1,5;2,5;3\n4;5;6')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n"x;y",5,6')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1,5\t2\t3')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2')).toBe('|');
    expect(detectDelimiter('seule colonne\nvaleur')).toBe(',');
  });

  it('follows RFC 4180: doubled quotes, line breaks in quotes, CRLF, LF and CR; rows are line numbers', async () => {
    const text = 'ref,note,n\n"A-1","dit ""oui""\nsur deux lignes",1\r\n\r\nB-2,,2\rC-3,"x,y",\n,,\n"D-4"\n';
    expect(await rowsOf(Buffer.from(text))).toEqual([
      { row: 1, cells: ['ref', 'note', 'n'] },
      { row: 2, cells: ['A-1', 'dit "oui"\nsur deux lignes', '1'] },
      { row: 5, cells: ['B-2', null, '2'] },
      { row: 6, cells: ['C-3', 'x,y'] },
      { row: 8, cells: ['D-4'] },
    ]);
  });

  it('keeps formulas and text starting with = + - @ as text, names the sheet after the file', async () => {
    const workbook = await readSpreadsheet(Buffer.from('=1+1;+33;-2;@A1\n'), 'C:\\retours\\T1 2024.csv');
    expect(workbook.sheets).toEqual([
      { name: 'T1 2024', rows: [{ row: 1, cells: ['=1+1', '+33', '-2', '@A1'] }] },
    ]);
  });

  it('reports an unclosed quote at its line', async () => {
    await expect(
      readSpreadsheet(Buffer.from('a;b\n1;2\n3;"jamais fermé\n4;5\n'), 'x.csv'),
    ).rejects.toMatchObject({
      messageKey: 'import.file.csvQuote',
      params: { line: 3 },
    });
  });

  it('reports progress, reads a large file quickly and stops on cancel', async () => {
    const lines = ['ref;valeur;date'];
    for (let index = 0; index < 200_000; index++) lines.push(`R-${index};${index},5;01/02/2024`);
    const bytes = Buffer.from(lines.join('\n'));
    const calls: [number | null, number][] = [];
    const started = performance.now();
    const rows = (
      await readSpreadsheet(bytes, 'x.csv', { onProgress: (share, count) => calls.push([share, count]) })
    ).sheets[0]!.rows;
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(rows).toHaveLength(200_001);
    expect(rows[200_000]).toEqual({ row: 200_001, cells: ['R-199999', '199999,5', '01/02/2024'] });
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.at(-1)).toEqual([1, 200_001]);

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1);
    const big = Buffer.concat(Array.from({ length: 10 }, () => bytes));
    await expect(readSpreadsheet(big, 'x.csv', { signal: controller.signal })).rejects.toMatchObject({
      messageKey: 'import.file.cancelled',
    });
  });
});

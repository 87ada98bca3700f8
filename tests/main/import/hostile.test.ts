import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileResult } from '../../../shared/domain/files';
import type { DryRunResult, ImportRecord, Inspection } from '../../../shared/domain/importing';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/domain/importing';
import { columnHeader, OPERATOR_RETURN_COLUMNS } from '../../../shared/domain/operatorReturn';
import { createTranslator } from '../../../shared/i18n/index';
import type { RowValues } from '../../../main/import/adapters/types';
import { testStore } from '../../helpers/store';
import { rows, seed, type Seed } from './adapters.fixture';
import { cellOf, fillTemplate } from './templateFill';

/*
 * Issue 7 item 6 through the handlers, as the screen and the CLI call them: every hostile file
 * ends in a clear error (a catalogue key with French and English text) or a correct read, in time.
 */

type T = ReturnType<typeof testStore>;
type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; messageKey: string } };

const fr = createTranslator('fr');
const en = createTranslator('en');
const COLUMNS = OPERATOR_RETURN_COLUMNS.incident;
/** The slowest a hostile file may take from upload to dry run. */
const TIME_BOUND_MS = 15_000;

let t: T;
let s: Seed;

beforeEach(async () => {
  t = testStore();
  s = await seed(t);
});
afterEach(() => t.cleanup());

async function ok<V>(method: string, input: unknown): Promise<V> {
  const res = await t.call(method, input);
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(res.error)}`);
  return res.value as V;
}

/** Upload, inspect as incidents and dry run; stops at the first envelope that is not ok. */
async function importFile(bytes: Buffer, fileName: string) {
  const started = performance.now();
  let sessionId: string | null = null;
  let failed: Envelope | null = null;
  for (let offset = 0; offset < bytes.length && !failed; offset += UPLOAD_CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64');
    const res = (await t.call('imports.upload', {
      sessionId,
      fileName,
      totalBytes: bytes.length,
      offset,
      chunk,
    })) as Envelope;
    if (res.ok) sessionId = (res.value as { sessionId: string }).sessionId;
    else failed = res;
  }
  let inspection: Inspection | null = null;
  let result: DryRunResult | null = null;
  if (!failed) {
    const res = (await t.call('imports.inspect', { sessionId, kind: 'incident' })) as Envelope;
    if (res.ok) inspection = res.value as Inspection;
    else failed = res;
  }
  if (inspection) {
    const res = (await t.call('imports.dryRun', { sessionId, plan: inspection.plan })) as Envelope;
    if (res.ok) result = res.value as DryRunResult;
    else failed = res;
  }
  expect(performance.now() - started, fileName).toBeLessThan(TIME_BOUND_MS);
  return { sessionId: sessionId as string, failed, inspection, result };
}

/** A refusal the user can read: VALIDATION with a key both catalogues translate. */
function expectClearError(failed: Envelope | null, key: string, params: Record<string, number> = {}): void {
  expect(failed).toMatchObject({ ok: false, error: { code: 'VALIDATION', messageKey: key } });
  expect(fr(key, params)).not.toBe(key);
  expect(en(key, params)).not.toBe(key);
}

/** An incident row as an operator types it in a CSV: French labels, dates jj/mm/aaaa, decimal commas. */
function csvLine(values: RowValues, decimalComma = true): string[] {
  return COLUMNS.map((column) => {
    const cell = cellOf(t.store.repos, column, values[column.key] ?? null);
    if (cell instanceof Date) return cell.toISOString().slice(0, 10).split('-').reverse().join('/');
    if (typeof cell === 'number' && decimalComma) return String(cell).replace('.', ',');
    return cell === null ? '' : String(cell);
  });
}

function csvText(lines: string[][]): string {
  const quote = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const header = COLUMNS.map((c) => columnHeader(c, fr));
  return [header, ...lines].map((line) => line.map(quote).join(';')).join('\r\n') + '\r\n';
}

/** Windows-1252 as French Excel writes it: Latin-1, plus the typographic apostrophe at 0x92. */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((char) => (char === '’' ? 0x92 : char.charCodeAt(0))));
}

type IncidentRow = Record<string, unknown>;
async function incidents(): Promise<IncidentRow[]> {
  return (await ok<{ rows: IncidentRow[] }>('incidents.list', {})).rows;
}

async function commitAll(sessionId: string): Promise<ImportRecord> {
  return ok<ImportRecord>('imports.commit', { sessionId, saveMappingAs: null });
}

/** An xlsx with French incident headers on the first sheet and `fill` writing the data cells. */
async function incidentXlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Incidents');
  sheet.addRow(COLUMNS.map((c) => columnHeader(c, fr)));
  fill(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;

describe('files that are not what they claim', () => {
  it('refuses a picture, a PDF and random bytes as not a spreadsheet', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(300, 7)]);
    expectClearError((await importFile(png, 'retour.xlsx')).failed, 'import.file.notSpreadsheet');
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    expectClearError((await importFile(pdf, 'retour.csv')).failed, 'import.file.notSpreadsheet');
    const noise = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
    expectClearError((await importFile(noise, 'retour.csv')).failed, 'import.file.notSpreadsheet');
    expect(await incidents()).toHaveLength(0);
  });

  // Once a RangeError → INTERNAL (a 4-byte signature read from a shorter file).
  it('refuses a file of one to three bytes as empty or not a spreadsheet', async () => {
    for (const bytes of [Buffer.from('a'), Buffer.from('a;b'), Buffer.from([0xff, 0xfe, 0x22])]) {
      const { failed, result } = await importFile(bytes, 'court.csv');
      if (failed) expect(failed.ok === false && failed.error.code).toBe('VALIDATION');
      else expect(result?.counts.new).toBe(0);
    }
  });

  // Once INTERNAL: the plan carried the header whole, past the contract's 500 characters.
  it('reads a file whose header cell is 600 characters long', async () => {
    const text = csvText([csvLine(rows.incident(s))]).replace(/^/, `${'x'.repeat(600)};`);
    const { failed, result } = await importFile(Buffer.from(text.replace(/\r\n(?!$)/g, '\r\n;')), 'long.csv');
    expect(failed).toBeNull();
    expect(result?.counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 0 });
  });

  // exceljs' streaming reader lost its way in this file: the reader now compresses stored parts first.
  it('reads a returned template whose zip entries are stored, not compressed', async () => {
    const template = (await ok<FileResult>('templates.operatorReturn', { lang: 'fr' })).bytes;
    const filled = await fillTemplate(template, t.store.repos, { incident: [rows.incident(s)] });
    const zip = await JSZip.loadAsync(filled);
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const { failed, result } = await importFile(stored, 'retour.xlsx');
    expect(failed).toBeNull();
    expect(result?.counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('refuses a zip bomb without inflating it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expectClearError((await importFile(bomb, 'bombe.xlsx')).failed, 'import.file.suspicious');
  });

  it('reads a sheet formatted down to a million empty rows as its one data row', async () => {
    const base = await incidentXlsx((sheet) => sheet.addRow(csvLine(rows.incident(s), false)));
    const zip = await JSZip.loadAsync(base);
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    const empty: string[] = [];
    for (let row = 3; row <= 1_000_002; row++) empty.push(`<row r="${row}" s="0" customFormat="1" ht="15"/>`);
    zip.file(part, xml.replace('</sheetData>', `${empty.join('')}</sheetData>`));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { failed, result } = await importFile(bytes, 'formate.xlsx');
    expect(failed).toBeNull();
    expect(result?.counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('reads a CSV with a million empty lines after its data as its one data row', async () => {
    const text = csvText([csvLine(rows.incident(s))]) + ';;;;\r\n'.repeat(1_000_000);
    const { failed, result } = await importFile(Buffer.from(text), 'lignes-vides.csv');
    expect(failed).toBeNull();
    expect(result?.counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 0 });
  });
});

describe('cell contents', () => {
  it('takes a formula’s cached result and never evaluates it', async () => {
    const bytes = await incidentXlsx((sheet) => {
      const row = sheet.addRow(csvLine(rows.incident(s), false));
      // The cached results disagree with the formulas: only the cached one may arrive.
      row.getCell(col('killed')).value = { formula: '1+1', result: 7 };
      row.getCell(col('locality')).value = { formula: 'CONCAT("Bo","ni")', result: 'Douna' };
      row.getCell(col('occurredOn')).value = { formula: 'DATE(2026,4,2)', result: 46_115 };
    });
    const { sessionId, failed, result } = await importFile(bytes, 'formules.xlsx');
    expect(failed).toBeNull();
    expect(result?.counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 0 });
    await commitAll(sessionId);
    expect(await incidents()).toMatchObject([
      { killedTotal: 7, locality: 'Douna', occurredOn: '2026-04-03' },
    ]);
  });

  it('imports text starting with = + - @ as the same text, and escapes it again on export', async () => {
    const hostile = {
      locality: '=HYPERLINK("http://example.invalid/x","Boni")',
      description: '@SUM(A1:A9)',
      reportedBy: "+cmd|' /C calc'!A0",
    };
    const minus = rows.incident(s, { reference: 'INC-002', reportedBy: '-2+3', locality: 'Douna' });
    const bytes = Buffer.from(csvText([csvLine(rows.incident(s, hostile)), csvLine(minus)]));
    const { sessionId, failed, result } = await importFile(bytes, 'formules.csv');
    expect(failed).toBeNull();
    expect(result?.counts).toEqual({ new: 2, updated: 0, unchanged: 0, rejected: 0 });
    await commitAll(sessionId);
    const stored = await incidents();
    expect(stored.find((r) => r.reportedBy === hostile.reportedBy)).toMatchObject(hostile);
    expect(stored.find((r) => r.locality === 'Douna')).toMatchObject({ reportedBy: '-2+3' });

    // No export carries an incident's free text (the incident summary counts by region), so the
    // export checked is the problem list, which repeats the rejected cells' text to the operator.
    const refused = rows.incident(s, {
      reference: 'INC-003',
      region: '=SUM(A1)',
      description: `-${'x'.repeat(2001)}`,
    });
    const again = await importFile(Buffer.from(csvText([csvLine(refused)])), 'refus.csv');
    expect(again.result?.counts.rejected).toBe(1);
    const file = await ok<FileResult>('imports.problems', { sessionId: again.sessionId, lang: 'fr' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const values: ExcelJS.Cell[] = [];
    book.worksheets[0]!.eachRow((row) => values.push(row.getCell(5)));
    const region = values.find((c) => String(c.value).includes('SUM'));
    expect(region?.type).toBe(ExcelJS.ValueType.String);
    expect(region?.value).toBe("'=SUM(A1)");
    expect(region?.formula).toBeUndefined();
    const long = values.find((c) => String(c.value).includes('xxxx'));
    expect(long?.type).toBe(ExcelJS.ValueType.String);
    expect(String(long?.value).slice(0, 3)).toBe("'-x");
  });
});

describe('encodings, dates and numbers as operators write them', () => {
  const accents = { locality: 'Séno à Açoré', description: 'Piste de l’école, près du marché' };
  const expected = { ...accents, occurredOn: '2026-04-02', latitude: 15.05, longitude: -1.85 };

  it.each([
    ['UTF-8 with BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-8 without BOM', (text: string) => Buffer.from(text)],
    ['Windows-1252', windows1252],
  ])('reads accents, French dates and decimal commas from a CSV in %s', async (_name, encode) => {
    const text = csvText([csvLine(rows.incident(s, accents))]);
    expect(text).toContain('02/04/2026');
    expect(text).toContain('15,05');
    const { sessionId, failed, result } = await importFile(encode(text), 'retour.csv');
    expect(failed).toBeNull();
    expect(result?.problems).toEqual([]);
    await commitAll(sessionId);
    expect(await incidents()).toMatchObject([expected]);
  });

  it('reads dates given as Excel serials, as numbers in an xlsx and as text in a CSV', async () => {
    // 46114 is 2026-04-02 in Excel's 1900 system; 46115 the next day.
    const xlsx = await incidentXlsx((sheet) => {
      const row = sheet.addRow(csvLine(rows.incident(s), false));
      row.getCell(col('occurredOn')).value = 46_114;
      row.getCell(col('reportedOn')).value = 46_115;
    });
    const first = await importFile(xlsx, 'serie.xlsx');
    expect(first.result?.problems).toEqual([]);
    await commitAll(first.sessionId);
    const line = csvLine(rows.incident(s, { reference: 'INC-002' }));
    line[col('occurredOn') - 1] = '46114';
    line[col('reportedOn') - 1] = '46115,5';
    const second = await importFile(Buffer.from(csvText([line])), 'serie.csv');
    expect(second.result?.problems).toEqual([]);
    await commitAll(second.sessionId);
    const dates = (await incidents()).map((r) => [r.occurredOn, r.reportedOn]);
    expect(dates).toEqual([
      ['2026-04-02', '2026-04-03'],
      ['2026-04-02', '2026-04-03'],
    ]);
  });

  it('reports a date it cannot read at its row and column rather than guessing', async () => {
    const line = csvLine(rows.incident(s));
    line[col('occurredOn') - 1] = '02/04/26';
    const { result } = await importFile(Buffer.from(csvText([line])), 'annee-courte.csv');
    expect(result?.counts.rejected).toBe(1);
    expect(result?.problems).toMatchObject([
      {
        row: 2,
        column: columnHeader(COLUMNS[col('occurredOn') - 1]!, fr),
        messageKey: 'import.problem.date',
        value: '02/04/26',
      },
    ]);
  });
});

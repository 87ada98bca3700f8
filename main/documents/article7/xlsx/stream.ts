import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** A streaming workbook written into memory: rows leave as soon as they are committed. */
export function memoryWorkbook(useStyles: boolean): {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  bytes: () => Promise<Uint8Array>;
} {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles, useSharedStrings: false });
  return {
    workbook,
    bytes: async () => {
      await workbook.commit();
      await finished;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

import { Worker } from 'node:worker_threads';
import { builtWorker } from '../../workers/location';
import { GrowingWorkbook } from './growing';
import { streamSpreadsheet } from './index';
import { ImportFileError, type RawRow, type ReadWorkbook } from './types';

/** What the reader worker is given. */
export interface ReaderInput {
  bytes: Uint8Array;
  fileName: string;
}

/** What the reader worker sends, in order: the RowSink calls, progress, then done or error. */
export type ReaderMessage =
  | { t: 'begin'; format: ReadWorkbook['format'] }
  | { t: 'expect'; names: string[] }
  | { t: 'sheet'; name: string; order: number }
  | { t: 'rows'; rows: RawRow[] }
  | { t: 'progress'; share: number | null; rows: number }
  | { t: 'done' }
  | { t: 'error'; key: string | null; params: Record<string, string | number>; message?: string };

/** A file being read in the background; `cancel` stops it (the workbook then fails as cancelled). */
export interface Reading {
  workbook: GrowingWorkbook;
  cancel(): void;
}

/**
 * The worker's heap. Old generation: the file, exceljs' shared strings and the rows in flight.
 * Young generation 64 MB instead of 48: exceljs makes objects for every cell and drops them at
 * once; fewer scavenges read 100 000 rows about 0.3 s faster, for about 20 MB more at the peak
 * (docs/decisions.md, the import's budgets).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 };

/** A reader worker started ahead of its file, exceljs loaded (a third of a second), waiting. */
let warm: { file: string; worker: Worker } | null = null;

/**
 * Starts a reader worker before a file is there to read, so that loading exceljs is not paid by
 * the import: at start-up and when a file's upload begins. At most one waits; it does not keep
 * the process alive. Nothing without a built worker.
 */
export function warmReader(file: string | null = builtWorker('importReader')): void {
  if (!file || warm?.file === file) return;
  let worker: Worker;
  try {
    worker = new Worker(file, { resourceLimits: WORKER_LIMITS });
  } catch {
    return; // only a head start: the read then starts a worker of its own, and reports its failure
  }
  worker.unref();
  const waiting = { file, worker };
  const gone = () => {
    if (warm === waiting) warm = null;
  };
  worker.once('exit', gone);
  worker.once('error', gone);
  warm = waiting;
}

/** Whether a reader worker is waiting for a file (for the tests). */
export function readerWaiting(): boolean {
  return warm !== null;
}

/** The waiting worker if there is one (given its file), else a new one. */
function readerWorker(file: string, input: ReaderInput): Worker {
  const waiting = warm?.file === file ? warm : null;
  if (!waiting) return new Worker(file, { workerData: input, resourceLimits: WORKER_LIMITS });
  warm = null;
  waiting.worker.ref();
  waiting.worker.postMessage(input);
  return waiting.worker;
}

/**
 * Starts reading `bytes` into a GrowingWorkbook: in a worker thread when Balise runs built (the
 * app, the CLI), so reading and checking use both cores; in this thread otherwise (the tests run
 * the sources), through the same reader. `onProgress` gets the reader's progress.
 */
export function startReading(
  bytes: Buffer,
  fileName: string,
  onProgress: (share: number | null, rows: number) => void,
  workerFile: string | null = builtWorker('importReader'),
): Reading {
  const workbook = new GrowingWorkbook();
  const progress = (share: number | null, rows: number): void => {
    workbook.progress(share, rows);
    onProgress(share, rows);
  };
  return workerFile
    ? inWorker(workerFile, bytes, fileName, workbook, progress)
    : inThread(bytes, fileName, workbook, progress);
}

function inThread(
  bytes: Buffer,
  fileName: string,
  workbook: GrowingWorkbook,
  onProgress: (share: number | null, rows: number) => void,
): Reading {
  const controller = new AbortController();
  streamSpreadsheet(bytes, fileName, workbook, { signal: controller.signal, onProgress }).then(
    () => workbook.finish(),
    (error: unknown) => workbook.fail(error instanceof Error ? error : new Error(String(error))),
  );
  return { workbook, cancel: () => controller.abort() };
}

function inWorker(
  file: string,
  bytes: Buffer,
  fileName: string,
  workbook: GrowingWorkbook,
  onProgress: (share: number | null, rows: number) => void,
): Reading {
  const worker = readerWorker(file, { bytes, fileName });
  let over = false;
  const end = (error: Error | null): void => {
    if (over) return;
    over = true;
    if (error) workbook.fail(error);
    else workbook.finish();
    void worker.terminate();
  };
  worker.on('message', (message: ReaderMessage) => {
    if (over) return;
    switch (message.t) {
      case 'begin':
        return workbook.begin(message.format);
      case 'expect':
        return workbook.expect(message.names);
      case 'sheet':
        return workbook.sheet(message.name, message.order);
      case 'rows':
        return workbook.rows(message.rows);
      case 'progress':
        return onProgress(message.share, message.rows);
      case 'done':
        return end(null);
      case 'error':
        return end(
          message.key
            ? new ImportFileError(message.key, message.params)
            : new Error(message.message ?? 'import reader failed'),
        );
    }
  });
  worker.on('error', (error: Error & { code?: string }) =>
    end(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new ImportFileError('import.file.outOfMemory')
        : new Error(`import reader: ${error.message}`),
    ),
  );
  worker.on('exit', () => end(new Error('import reader stopped before the end of the file')));
  return { workbook, cancel: () => end(new ImportFileError('import.file.cancelled')) };
}

import { parentPort, workerData } from 'node:worker_threads';
import { streamSpreadsheet } from './index';
import { ImportFileError, type RowSink } from './types';
import type { ReaderMessage, ReaderInput } from './background';

/*
 * The import's reader in a worker thread (built to dist/workers/importReader.js): exceljs parses
 * the file here, on the other core, while the main thread plans and checks the rows already
 * sent. The parser's garbage stays in this thread's heap.
 */
const port = parentPort;
if (!port) throw new Error('importReader runs as a worker thread');
const post = (message: ReaderMessage): void => port.postMessage(message);

const sink: RowSink = {
  begin: (format) => post({ t: 'begin', format }),
  expect: (names) => post({ t: 'expect', names }),
  sheet: (name, order) => post({ t: 'sheet', name, order }),
  rows: (rows) => post({ t: 'rows', rows }),
};

function read({ bytes, fileName }: ReaderInput): void {
  streamSpreadsheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, sink, {
    onProgress: (share, rows) => post({ t: 'progress', share, rows }),
  }).then(
    () => post({ t: 'done' }),
    (error: unknown) =>
      post(
        error instanceof ImportFileError
          ? { t: 'error', key: error.messageKey, params: error.params ?? {} }
          : { t: 'error', key: null, params: {}, message: String((error as Error)?.stack ?? error) },
      ),
  );
}

// Started warm (warmReader), the worker has loaded exceljs and waits for its file.
if (workerData) read(workerData as ReaderInput);
else port.once('message', (input: ReaderInput) => read(input));

import type { ClientOutput } from '../../../shared/api/contract';
import type { ApiError, Envelope } from '../../../shared/api/envelope';
import { UPLOAD_CHUNK_BYTES, type ImportProgress } from '../../../shared/domain/importing';
import { callApi } from '../../api/client';

/** Bytes as base64, built in slices: one `String.fromCharCode` over megabytes overflows the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export type Uploaded = { ok: true; sessionId: string } | { ok: false; error: ApiError | null };

/**
 * Sends a file to a new import session in pieces (the harness's request limit, IPC message size).
 * `stopped` is asked between pieces: a cancelled upload closes its session and returns error null.
 */
export async function uploadFile(
  file: File,
  onSent: (sent: number) => void,
  stopped: () => boolean,
): Promise<Uploaded> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let sessionId: string | null = null;
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    if (stopped()) {
      if (sessionId) void callApi('imports.close', { sessionId });
      return { ok: false, error: null };
    }
    const piece = bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES);
    const r: Envelope<ClientOutput<'imports.upload'>> = await callApi('imports.upload', {
      sessionId,
      fileName: file.name,
      totalBytes: bytes.length,
      offset,
      chunk: toBase64(piece),
    });
    if (!r.ok) {
      if (sessionId) void callApi('imports.close', { sessionId });
      return { ok: false, error: r.error };
    }
    sessionId = r.value.sessionId;
    onSent(offset + piece.length);
  }
  // An empty file never reaches the loop: the upload schema refuses 0 bytes, say so the same way.
  if (sessionId === null)
    return { ok: false, error: { code: 'VALIDATION', messageKey: 'import.ui.file.empty' } };
  return { ok: true, sessionId };
}

/** How often the screen asks how far a long step has got. */
const POLL_MS = 250;

/**
 * Runs a long session step (inspect, dry run, commit) while polling its progress. Answers that
 * arrive after the step ended are dropped, so the bar never jumps back.
 */
export async function withProgress<T>(
  sessionId: string,
  step: () => Promise<T>,
  onProgress: (p: ImportProgress) => void,
): Promise<T> {
  let running = true;
  const timer = setInterval(() => {
    void callApi('imports.progress', { sessionId }).then((r) => {
      if (running && r.ok) onProgress(r.value);
    });
  }, POLL_MS);
  try {
    return await step();
  } finally {
    running = false;
    clearInterval(timer);
  }
}

import type { DryRunResult, Inspection } from '../../../shared/domain/importing';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/domain/importing';
import type { testStore } from '../../helpers/store';

type T = ReturnType<typeof testStore>;

export async function ok<V>(t: T, method: string, input: unknown): Promise<V> {
  const res = await t.call(method, input);
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(res.error)}`);
  return res.value as V;
}

/** Upload in pieces, inspect and dry-run, as the screen and the CLI do. */
export async function check(t: T, bytes: Buffer, fileName = 'retour.xlsx') {
  let sessionId: string | null = null;
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64');
    const up: { sessionId: string } = await ok(t, 'imports.upload', {
      sessionId,
      fileName,
      totalBytes: bytes.length,
      offset,
      chunk,
    });
    sessionId = up.sessionId;
  }
  const inspection = await ok<Inspection>(t, 'imports.inspect', { sessionId });
  const result = await ok<DryRunResult>(t, 'imports.dryRun', { sessionId, plan: inspection.plan });
  return { sessionId: sessionId as string, inspection, result };
}

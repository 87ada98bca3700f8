import type { BaliseApi, ClientOutput, MethodInput } from '../../shared/api/contract';
import type { ApiError, Envelope } from '../../shared/api/envelope';
import { splitMethod, type MethodName } from '../../shared/api/methods';

declare global {
  interface Window {
    /** Defined by the Electron preload or by the browser harness's bridge; never by the app. */
    readonly balise?: BaliseApi;
  }
}

const UNAVAILABLE: ApiError = { code: 'INTERNAL', messageKey: 'error.internal' };

type Untyped = (input?: unknown) => Promise<Envelope<unknown>>;

/**
 * Calls one API method through `window.balise`, whatever the transport. Never throws: a missing
 * bridge or a transport failure comes back as an `error.internal` envelope, like any other error.
 */
export async function callApi<M extends MethodName>(
  method: M,
  input?: MethodInput<M>,
): Promise<Envelope<ClientOutput<M>>> {
  const [domain, action] = splitMethod(method);
  // The nested object is typed per method; indexing it by a computed name loses that link, and
  // the contract guarantees the result type for this method name.
  const api = window.balise as unknown as Record<string, Record<string, Untyped> | undefined> | undefined;
  const fn = api?.[domain]?.[action];
  if (!fn) return { ok: false, error: UNAVAILABLE };
  try {
    return (await fn(input ?? {})) as Envelope<ClientOutput<M>>;
  } catch {
    return { ok: false, error: UNAVAILABLE };
  }
}

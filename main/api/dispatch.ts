import { contract } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { isMethodName } from '../../shared/api/methods';
import { toFieldIssues } from '../../shared/api/validation';
import type { HandlerContext } from './context';
import { AppError } from './errors';
import { handlers as defaultHandlers } from './handlers';
import type { HandlerTable } from './types';

export interface DispatchOptions {
  /** Also check outputs against the contract (tests and development). */
  checkOutputs?: boolean;
  /** Where unexpected errors are reported; the caller only gets `error.internal`. */
  logError?: (method: string, error: unknown) => void;
}

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The single entry into the handler table for every transport: checks the method name,
 * validates the input with the contract's schema, runs the handler and answers an envelope.
 */
export function createDispatcher(
  ctx: HandlerContext,
  table: HandlerTable = defaultHandlers,
  options: DispatchOptions = {},
): Dispatch {
  const logError =
    options.logError ?? ((method, error) => console.error(`[balise] ${method} failed:`, error));
  return async (method, input) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'BAD_REQUEST', messageKey: 'error.unknownMethod', params: { method: String(method) } },
      };
    }
    const spec = contract[method];
    let parsed: ReturnType<typeof spec.input.safeParse>;
    try {
      parsed = spec.input.safeParse(input ?? {});
    } catch (error) {
      // A schema whose own rule throws on a malformed input: refused as invalid, never a crash.
      logError(method, error);
      return { ok: false, error: { code: 'VALIDATION', messageKey: 'validation.invalid' } };
    }
    if (!parsed.success) {
      const fields = toFieldIssues(parsed.error);
      const first = fields[0];
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          messageKey: first?.messageKey ?? 'validation.invalid',
          ...(first?.params ? { params: first.params } : {}),
          fields,
        },
      };
    }
    try {
      // The table is keyed by method, so this handler accepts exactly this method's parsed input.
      const handler = table[method] as (c: HandlerContext, i: unknown) => Promise<unknown>;
      const value = await handler(ctx, parsed.data);
      if (options.checkOutputs) spec.output.parse(value);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      logError(method, error);
      return { ok: false, error: { code: 'INTERNAL', messageKey: 'error.internal' } };
    }
  };
}

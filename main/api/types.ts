import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { HandlerContext } from './context';

/** A handler: validated input in, output out. Knows nothing of Electron or HTTP. */
export type Handler<M extends MethodName> = (
  ctx: HandlerContext,
  input: ParsedInput<M>,
) => Promise<MethodOutput<M>>;

export type HandlerTable = { [M in MethodName]: Handler<M> };

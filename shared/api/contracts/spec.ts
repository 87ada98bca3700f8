import type { z } from 'zod';

/** One method of the contract: the schema its input must pass and the one its output follows. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

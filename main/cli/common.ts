import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../../shared/api/envelope';
import { createDispatcher, type Dispatch } from '../api/dispatch';
import { openStore, type Store } from '../api/store';
import { CliUserError, cliTranslator, type CliIo } from './io';

/** The parsed options of a command line. */
export type Options = Record<string, string | boolean | undefined>;

export function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '')
    throw new CliUserError('cli.missingOption', { option: name });
  return value;
}

export function oneOf<T extends string>(
  options: Options,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CliUserError('cli.badValue', {
      option: name,
      value: String(value),
      expected: allowed.join('|'),
    });
  }
  return value as T;
}

/** A four-digit year option (`--year`, `--from`, `--to`). */
export function yearOption(options: Options, name: string, io: CliIo): number | undefined {
  const text = options[name];
  if (text === undefined) return undefined;
  if (typeof text !== 'string' || !/^\d{4}$/.test(text)) {
    const expected = cliTranslator(io.env)('cli.yearFormat');
    throw new CliUserError('cli.badValue', { option: name, value: String(text), expected });
  }
  return Number(text);
}

export function databasePath(options: Options, io: CliIo): string {
  const given = typeof options.db === 'string' ? options.db : io.env.BALISE_DB;
  if (!given) throw new CliUserError('cli.missingOption', { option: 'db' });
  return path.resolve(io.cwd, given);
}

/** Opens the database, runs `work` with a dispatcher over the same handlers as the app, closes. */
export async function withStore<T>(
  options: Options,
  io: CliIo,
  work: (call: Dispatch, store: Store) => Promise<T>,
): Promise<T> {
  const store = openStore({ path: databasePath(options, io), mode: 'open' });
  try {
    return await work(createDispatcher(store.context, undefined, { logError: () => {} }), store);
  } finally {
    store.close();
  }
}

/** Unwraps an envelope; a refused call becomes a user error with the handler's own message. */
export function value<T>(envelope: Envelope<unknown>): T {
  if (envelope.ok) return envelope.value as T;
  if (envelope.error.code === 'INTERNAL') throw new Error(envelope.error.messageKey);
  const field = envelope.error.fields?.[0];
  throw new CliUserError(envelope.error.messageKey, {
    ...(envelope.error.params ?? {}),
    ...(field ? { field: field.path } : {}),
  });
}

/** Writes beside the target then renames, so a failure never leaves half a file. */
export function writeFileAtomically(out: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, out);
}

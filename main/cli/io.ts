import type { Language } from '../../shared/domain/common';
import { createTranslator, type MessageParams, type Translate } from '../../shared/i18n/index';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** A mistake the user can fix: one line on stderr, exit code 1. */
export class CliUserError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: MessageParams = {},
  ) {
    super(messageKey);
    this.name = 'CliUserError';
  }
}

export function cliLanguage(env: CliIo['env']): Language {
  return env.BALISE_LANG === 'en' ? 'en' : 'fr';
}

export function cliTranslator(env: CliIo['env']): Translate {
  return createTranslator(cliLanguage(env));
}

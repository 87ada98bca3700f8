/**
 * Why a database file could not be opened. Each carries a catalogue key so the app and the CLI
 * can explain it in the user's language; in every case the file was left untouched.
 */
export class DatabaseOpenError extends Error {
  constructor(
    readonly messageKey:
      | 'db.errors.newer'
      | 'db.errors.notBalise'
      | 'db.errors.corrupt'
      | 'db.errors.missing'
      | 'db.errors.exists'
      | 'db.errors.emptyFile'
      | 'db.errors.backupFailed',
    readonly params: Record<string, string | number>,
  ) {
    super(`${messageKey} ${JSON.stringify(params)}`);
    this.name = 'DatabaseOpenError';
  }
}

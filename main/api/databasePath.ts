/**
 * Where the database is: `--db PATH` (or `--db=PATH`) on the command line, else the BALISE_DB
 * environment variable, else the host's default (the user-data folder for the app).
 */
export function resolveDatabasePath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  fallback: string | null,
): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db' && argv[i + 1]) return argv[i + 1]!;
    if (arg.startsWith('--db=') && arg.length > 5) return arg.slice(5);
  }
  if (env.BALISE_DB) return env.BALISE_DB;
  return fallback;
}

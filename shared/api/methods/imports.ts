/** Importing spreadsheets (issue 7): upload, inspect, dry run, commit, undo, saved mappings. */
export const IMPORT_METHODS = [
  'imports.upload',
  'imports.inspect',
  'imports.dryRun',
  'imports.progress',
  'imports.cancel',
  'imports.commit',
  'imports.close',
  'imports.problems',
  'imports.list',
  'imports.undo',
  'imports.mappings',
  'imports.deleteMapping',
] as const;

/** The import methods whose result is a file: the problem list, to send back to the operator. */
export const IMPORT_FILE_METHODS = ['imports.problems'] as const;

/** Article 7 report versions: drafts, checks, preview, submission and export (issue 5). */
export const REPORT_METHODS = [
  'reports.list',
  'reports.get',
  'reports.create',
  'reports.saveWritten',
  'reports.model',
  'reports.checks',
  'reports.submit',
  'reports.newVersion',
  'reports.delete',
  'reports.export',
  'reports.exportChecks',
] as const;

/** The report methods whose result is a file. */
export const REPORT_FILE_METHODS = ['reports.export', 'reports.exportChecks'] as const;

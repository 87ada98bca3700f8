/** Article 5 extension requests: versions, written sections and the Word draft (issue 6). */
export const REQUEST_METHODS = [
  'requests.list',
  'requests.get',
  'requests.create',
  'requests.version',
  'requests.saveSection',
  'requests.summaryDraft',
  'requests.submit',
  'requests.newVersion',
  'requests.export',
] as const;

/** The request methods whose result is a file. */
export const REQUEST_FILE_METHODS = ['requests.export'] as const;

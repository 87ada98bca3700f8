/** The change history (issue 8): every change, a record's own history, deleted records taken back. */
export const HISTORY_METHODS = ['history.list', 'history.record', 'history.restore'] as const;

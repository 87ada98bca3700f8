/** Backups and restore (issue 8): the list beside the database, "Back up now", restore. */
export const BACKUP_METHODS = [
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.restoreUpload',
] as const;

/** "Back up now" returns the verified copy as a file, for the user to save (a USB stick). */
export const BACKUP_FILE_METHODS = ['backups.create'] as const;

import type { LiveDatabase } from '../db/backups';
import type { Repositories } from '../db/repositories/index';

/** What differs between hosts (Electron window, CLI, browser harness). */
export interface Host {
  /** Opens a file the app itself exported, with the system's default program. */
  openFile(path: string): Promise<boolean>;
}

export interface HandlerContext {
  repos: Repositories;
  host: Host;
  version: string;
  databasePath: string;
  schemaVersion: number;
  now: () => Date;
  /** The open connection, for backups and restore (the online backup API needs it). */
  database?: LiveDatabase;
}

/** The CLI and the browser harness cannot open files on the user's desktop. */
export const headlessHost: Host = {
  async openFile() {
    return false;
  },
};

import type Database from 'better-sqlite3';

/** One schema step. Versions go up in steps of 10; a migration that has shipped is never edited. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

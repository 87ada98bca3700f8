import type Database from 'better-sqlite3';
import {
  importCountsSchema,
  importPlanSchema,
  type ImportCounts,
  type ImportPlan,
  type ImportRecord,
  type SavedMapping,
} from '../../../shared/domain/importing';
import { newId, type Clock } from './clock';

/** The stable key of an imported row and what it pointed at when last imported. */
export interface ImportKey {
  recordId: string;
  contentHash: string;
  importId: string;
}

/** A record an import updated, with what undo needs to put it and its key back. */
export interface ImportUpdate {
  seq: number;
  kind: string;
  scope: string;
  reference: string;
  recordId: string;
  previousRecord: string;
  previousHash: string;
  previousImportId: string;
}

/** A record an import created, found again through its key. */
export interface ImportCreation {
  kind: string;
  scope: string;
  reference: string;
  recordId: string;
}

export interface NewImport {
  fileName: string;
  fileHash: string;
  userName: string;
  mappingName: string | null;
  counts: ImportCounts;
}

/** The import log, the keys re-imports match on, the changes undo reverses, saved mappings. */
export interface ImportRepository {
  /** Every key of one record type, `scope|reference` → key: one query per dry run. */
  keysOf(kind: string): Map<string, ImportKey>;
  start(entry: NewImport): string;
  /** A record the import created, under its key. */
  recordCreation(importId: string, creation: ImportCreation, contentHash: string): void;
  /** A record the import updated; `seq` orders the updates for undo. */
  recordUpdate(importId: string, update: ImportUpdate, contentHash: string): void;
  creationsOf(importId: string): ImportCreation[];
  updatesOf(importId: string): ImportUpdate[];
  /**
   * An import, other than this one and not undone, that wrote one of the keys this one wrote
   * since (undoing a later import puts its keys back, so only live ones count); null if none.
   */
  laterImportOverKeys(importId: string): string | null;
  dropKey(creation: ImportCreation): void;
  /** Puts an updated key back as it was before the import. */
  restoreKey(update: ImportUpdate): void;
  markUndone(importId: string): void;
  get(id: string): ImportRecord | null;
  list(): ImportRecord[];
  /**
   * A stamp that moves with any write to the database, from this or another connection; writes
   * made inside `rehearsed` (always rolled back) do not move it.
   */
  changeStamp(): string;
  /** Runs work whose writes are all rolled back (the dry run's rehearsal), leaving the stamp as it was. */
  rehearsed<T>(work: () => T): T;
  saveMapping(name: string, signature: string, plan: ImportPlan): void;
  mappings(): SavedMapping[];
  mappingFor(signature: string): SavedMapping | null;
  deleteMapping(name: string): boolean;
}

interface ImportRow {
  id: string;
  file_name: string;
  file_hash: string;
  imported_at: string;
  user_name: string;
  mapping_name: string | null;
  counts: string;
  undone_at: string | null;
}

interface MappingRow {
  name: string;
  signature: string;
  plan: string;
  updated_at: string;
}

function toRecord(r: ImportRow): ImportRecord {
  return {
    id: r.id,
    fileName: r.file_name,
    fileHash: r.file_hash,
    importedAt: r.imported_at,
    userName: r.user_name,
    mappingName: r.mapping_name,
    counts: importCountsSchema.parse(JSON.parse(r.counts)),
    undoneAt: r.undone_at,
  };
}

function toMapping(r: MappingRow): SavedMapping {
  return {
    name: r.name,
    signature: r.signature,
    plan: importPlanSchema.parse(JSON.parse(r.plan)),
    updatedAt: r.updated_at,
  };
}

export function createImportRepository(db: Database.Database, clock: Clock): ImportRepository {
  const keys = db.prepare<[string], Record<string, string>>(
    `SELECT scope, reference, record_id, content_hash, import_id FROM import_keys WHERE kind = ?`,
  );
  const insertImport = db.prepare(
    `INSERT INTO imports (id, file_name, file_hash, imported_at, user_name, mapping_name, counts, undone_at,
       created_at, updated_at)
     VALUES (@id, @fileName, @fileHash, @now, @userName, @mappingName, @counts, NULL, @now, @now)`,
  );
  // Positional parameters: these run for every row an import writes.
  const createKey = db.prepare<unknown[]>(
    `INSERT INTO import_keys (kind, scope, reference, record_id, content_hash, import_id, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, scope, reference) DO UPDATE SET record_id = excluded.record_id,
       content_hash = excluded.content_hash, import_id = excluded.import_id, created_by = excluded.created_by`,
  );
  const updateKey = db.prepare<unknown[]>(
    `UPDATE import_keys SET record_id = ?, content_hash = ?, import_id = ?
     WHERE kind = ? AND scope = ? AND reference = ?`,
  );
  const insertUpdate = db.prepare<unknown[]>(
    `INSERT INTO import_changes (import_id, seq, kind, scope, reference, record_id, previous_record,
       previous_hash, previous_import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const creations = db.prepare<[string], Record<string, string>>(
    `SELECT kind, scope, reference, record_id FROM import_keys WHERE created_by = ? AND import_id = created_by`,
  );
  const updates = db.prepare<[string], Record<string, string | number>>(
    'SELECT * FROM import_changes WHERE import_id = ? ORDER BY seq',
  );
  const later = db
    .prepare<{ id: string }>(
      `SELECT k.import_id FROM import_keys k
       WHERE k.import_id <> @id
         AND (k.created_by = @id OR EXISTS (SELECT 1 FROM import_changes c WHERE c.import_id = @id
           AND c.kind = k.kind AND c.scope = k.scope AND c.reference = k.reference))
       LIMIT 1`,
    )
    .pluck();
  const deleteKey = db.prepare('DELETE FROM import_keys WHERE kind = ? AND scope = ? AND reference = ?');
  const undone = db.prepare('UPDATE imports SET undone_at = @now, updated_at = @now WHERE id = @id');
  const one = db.prepare<[string], ImportRow>('SELECT * FROM imports WHERE id = ?');
  const all = db.prepare<[], ImportRow>('SELECT * FROM imports ORDER BY imported_at DESC, rowid DESC');
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  /** Changes counted by total_changes() that a rehearsal rolled back. */
  let rolledBack = 0;
  const upsertMapping = db.prepare(
    `INSERT INTO import_mappings (name, signature, plan, created_at, updated_at)
     VALUES (@name, @signature, @plan, @now, @now)
     ON CONFLICT (name) DO UPDATE SET signature = excluded.signature, plan = excluded.plan,
       updated_at = excluded.updated_at`,
  );
  const allMappings = db.prepare<[], MappingRow>('SELECT * FROM import_mappings ORDER BY name');
  const bySignature = db.prepare<[string], MappingRow>(
    'SELECT * FROM import_mappings WHERE signature = ? ORDER BY updated_at DESC LIMIT 1',
  );
  const removeMapping = db.prepare('DELETE FROM import_mappings WHERE name = ?');

  return {
    keysOf(kind) {
      const found = new Map<string, ImportKey>();
      for (const r of keys.all(kind)) {
        found.set(`${r.scope}|${r.reference}`, {
          recordId: r.record_id ?? '',
          contentHash: r.content_hash ?? '',
          importId: r.import_id ?? '',
        });
      }
      return found;
    },
    start(entry) {
      const id = newId();
      insertImport.run({ ...entry, id, now: clock(), counts: JSON.stringify(entry.counts) });
      return id;
    },
    recordCreation(importId, c, contentHash) {
      createKey.run(c.kind, c.scope, c.reference, c.recordId, contentHash, importId, importId);
    },
    recordUpdate(importId, u, contentHash) {
      const { seq, kind, scope, reference, recordId } = u;
      insertUpdate.run(
        importId,
        seq,
        kind,
        scope,
        reference,
        recordId,
        u.previousRecord,
        u.previousHash,
        u.previousImportId,
      );
      updateKey.run(recordId, contentHash, importId, kind, scope, reference);
    },
    creationsOf(importId) {
      return creations.all(importId).map((r) => ({
        kind: String(r.kind),
        scope: String(r.scope),
        reference: String(r.reference),
        recordId: String(r.record_id),
      }));
    },
    updatesOf(importId) {
      return updates.all(importId).map((r) => ({
        seq: Number(r.seq),
        kind: String(r.kind),
        scope: String(r.scope),
        reference: String(r.reference),
        recordId: String(r.record_id),
        previousRecord: String(r.previous_record),
        previousHash: String(r.previous_hash),
        previousImportId: String(r.previous_import_id),
      }));
    },
    laterImportOverKeys(importId) {
      return (later.get({ id: importId }) as string | undefined) ?? null;
    },
    dropKey(c) {
      deleteKey.run(c.kind, c.scope, c.reference);
    },
    restoreKey(u) {
      updateKey.run(u.recordId, u.previousHash, u.previousImportId, u.kind, u.scope, u.reference);
    },
    markUndone(importId) {
      undone.run({ id: importId, now: clock() });
    },
    get(id) {
      const row = one.get(id);
      return row ? toRecord(row) : null;
    },
    list() {
      return all.all().map(toRecord);
    },
    changeStamp() {
      const changes = (totalChanges.get() as number) - rolledBack;
      return `${String(db.pragma('data_version', { simple: true }))}/${String(changes)}`;
    },
    rehearsed(work) {
      const before = totalChanges.get() as number;
      try {
        return work();
      } finally {
        rolledBack += (totalChanges.get() as number) - before;
      }
    },
    saveMapping(name, signature, plan) {
      upsertMapping.run({ name, signature, plan: JSON.stringify(plan), now: clock() });
    },
    mappings() {
      return allMappings.all().map(toMapping);
    },
    mappingFor(signature) {
      const row = bySignature.get(signature);
      return row ? toMapping(row) : null;
    },
    deleteMapping(name) {
      return removeMapping.run(name).changes > 0;
    },
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withoutTriggers } from '../../main/db/history';
import { IMPORT_ADAPTERS } from '../../main/import/adapters/index';
import type { RowValues } from '../../main/import/adapters/types';
import { commitImport } from '../../main/import/commit';
import { importContext } from '../../main/import/context';
import type { PreparedRow } from '../../main/import/prepared';
import type { FileResult } from '../../shared/domain/files';
import type { RecordType } from '../../shared/domain/operatorReturn';
import { testStore } from '../helpers/store';
import { rows, seed, type Seed } from './import/adapters.fixture';
import { check, ok } from './import/session';
import { fillTemplate } from './import/templateFill';

/*
 * An import's creations run without the history's TEMP triggers on the tables it only creates in
 * (main/db/history.ts withoutTriggers): the triggers must all be back afterwards, whether the
 * commit went through or failed, and updates must still be logged field by field.
 */

let t: ReturnType<typeof testStore>;
let s: Seed;
let template: Uint8Array;

beforeEach(async () => {
  t = testStore();
  s = await seed(t);
  template = (await ok<FileResult>(t, 'templates.operatorReturn', { lang: 'fr' })).bytes;
});
afterEach(() => {
  vi.restoreAllMocks();
  t.cleanup();
});

/** The connection's history triggers, with their SQL. */
const triggers = () =>
  t.store.db
    .prepare<[], { name: string; tbl_name: string; sql: string }>(
      "SELECT name, tbl_name, sql FROM sqlite_temp_schema WHERE type = 'trigger' ORDER BY name",
    )
    .all();

const triggersOn = (table: string) => triggers().filter((x) => x.tbl_name === table).length;

const logCount = (table: string) =>
  t.store.db.prepare('SELECT count(*) FROM change_log WHERE table_name = ?').pluck().get(table) as number;

/** Counts the triggers on `table` each time `kind`'s adapter writes, to see what the commit dropped. */
function watch(kind: RecordType, method: 'create' | 'update', table: string): number[] {
  const seen: number[] = [];
  const adapter = IMPORT_ADAPTERS[kind];
  const original = adapter[method].bind(adapter) as (...args: unknown[]) => unknown;
  vi.spyOn(adapter, method).mockImplementation(((...args: unknown[]) => {
    seen.push(triggersOn(table));
    return original(...args);
  }) as never);
  return seen;
}

function built(kind: RecordType, values: RowValues): unknown {
  const result = IMPORT_ADAPTERS[kind].build(t.store.context, values);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.record;
}

function newRow(
  kind: RecordType,
  reference: string,
  record: unknown,
  o: Partial<PreparedRow> = {},
): PreparedRow {
  return {
    kind,
    sheet: 'Feuille',
    row: 2,
    scope: '',
    reference,
    record,
    hash: `hash-${reference}`,
    status: 'new',
    recordId: null,
    previousHash: null,
    previousImportId: null,
    link: null,
    values: null,
    ...o,
  };
}

function commitRows(prepared: PreparedRow[], backedUp?: () => unknown) {
  return commitImport(importContext(t.store.context), {
    ...(backedUp ? { backedUp } : {}),
    fileName: 'retour.xlsx',
    fileHash: 'abc',
    userName: 'Awa',
    counts: { new: prepared.length, updated: 0, unchanged: 0, rejected: 0 },
    plan: { sheets: [] } as never,
    saveMappingAs: null,
    rows: prepared,
  });
}

describe('an import commit without history triggers', () => {
  it('drops the triggers of the tables it creates in, puts them all back, and a later edit is logged', async () => {
    const before = triggers();
    expect(triggersOn('destruction_events')).toBe(3);
    const during = watch('destruction', 'create', 'destruction_events');
    const file = await fillTemplate(template, t.store.repos, {
      destruction: [rows.destruction(s), rows.destruction(s, { reference: 'DES-002', quantity: 2 })],
    });
    const { sessionId, result } = await check(t, file);
    expect(result.counts.new).toBe(2);
    await ok(t, 'imports.commit', { sessionId, saveMappingAs: null });

    expect(during).toEqual([0, 0]);
    expect(triggers()).toEqual(before);
    expect(logCount('destruction_events')).toBe(0);
    // A form's edit afterwards is logged field by field, as before the import.
    const listed = await ok<{ rows: { id: string; quantity: number }[] }>(t, 'destruction.list', {});
    const event = listed.rows.find((r) => r.quantity === 4)!;
    const stored = await ok<Record<string, unknown>>(t, 'destruction.get', { id: event.id });
    const { id, createdAt, updatedAt, ...input } = stored;
    void createdAt;
    void updatedAt;
    await ok(t, 'destruction.update', { id, event: { ...input, quantity: 5 } });
    const history = await ok<
      { action: string; changes: { field: string; before: unknown; after: unknown }[] }[]
    >(t, 'history.record', { recordType: 'destruction_events', recordId: id });
    expect(history[0]?.action).toBe('update');
    expect(history[0]?.changes).toContainEqual({ field: 'quantity', before: 4, after: 5 });
  });

  it('keeps the triggers of a type it updates, and logs the update field by field', async () => {
    const first = await check(
      t,
      await fillTemplate(template, t.store.repos, { incident: [rows.incident(s)] }),
    );
    await ok(t, 'imports.commit', { sessionId: first.sessionId, saveMappingAs: null });
    const before = triggers();
    const incidentTriggers = watch('incident', 'update', 'incidents');
    const destructionTriggers = watch('destruction', 'create', 'destruction_events');
    const second = await check(
      t,
      await fillTemplate(template, t.store.repos, {
        incident: [rows.incident(s, { killed: 4 })],
        destruction: [rows.destruction(s)],
      }),
    );
    expect(second.result.counts).toEqual({ new: 1, updated: 1, unchanged: 0, rejected: 0 });
    await ok(t, 'imports.commit', { sessionId: second.sessionId, saveMappingAs: null });

    expect(incidentTriggers).toEqual([3]);
    expect(destructionTriggers).toEqual([0]);
    expect(triggers()).toEqual(before);
    const incident = (await ok<{ rows: { id: string }[] }>(t, 'incidents.list', {})).rows[0]!;
    const history = await ok<
      { action: string; changes: { field: string; before: unknown; after: unknown }[] }[]
    >(t, 'history.record', { recordType: 'incidents', recordId: incident.id });
    expect(history[0]?.action).toBe('update');
    expect(history[0]?.changes).toContainEqual({ field: 'killed_total', before: 2, after: 4 });
    expect(logCount('destruction_events')).toBe(0);
  });

  it('puts the triggers back when a row breaks a constraint mid-way, and writes nothing', () => {
    const before = triggers();
    const good = built('destruction', rows.destruction(s));
    const broken = { ...(good as object), quantity: 0 };
    const during = watch('destruction', 'create', 'destruction_events');
    expect(() =>
      commitRows([newRow('destruction', 'DES-1', good), newRow('destruction', 'DES-2', broken)]),
    ).toThrow(/CHECK constraint/);
    expect(during).toEqual([0, 0]);
    expect(triggers()).toEqual(before);
    expect(t.store.db.prepare('SELECT count(*) FROM destruction_events').pluck().get()).toBe(0);
    expect(t.store.db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
  });

  it('puts the triggers back when a row is refused mid-way (a link to nothing)', () => {
    const before = triggers();
    const person = built('casualty', rows.casualty(s));
    const link = { kind: 'incident' as const, key: 'incidentReference', scope: '', reference: 'NOWHERE' };
    const during = watch('destruction', 'create', 'destruction_events');
    expect(() =>
      commitRows([
        newRow('destruction', 'DES-1', built('destruction', rows.destruction(s))),
        newRow('casualty', 'CAS-1', person, { link }),
      ]),
    ).toThrow(expect.objectContaining({ messageKey: 'import.engine.unknownLink' }));
    expect(during).toEqual([0]);
    expect(triggers()).toEqual(before);
    expect(t.store.db.prepare('SELECT count(*) FROM destruction_events').pluck().get()).toBe(0);
  });
});

describe('an import commit and its backup', () => {
  it('asks for the backup verdict last, inside the transaction, and rolls all back when it fails', () => {
    const before = triggers();
    const seen: number[] = [];
    const failing = () => {
      // Everything is written by now, and nothing is committed yet.
      seen.push(t.store.db.prepare('SELECT count(*) FROM destruction_events').pluck().get() as number);
      seen.push(Number(t.store.db.inTransaction));
      throw new Error('the backup did not pass its check');
    };
    const record = built('destruction', rows.destruction(s));
    expect(() => commitRows([newRow('destruction', 'DES-1', record)], failing)).toThrow(/did not pass/);
    expect(seen).toEqual([1, 1]);
    expect(t.store.db.prepare('SELECT count(*) FROM destruction_events').pluck().get()).toBe(0);
    expect(t.store.db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
    expect(triggers()).toEqual(before);

    const saved = commitRows([newRow('destruction', 'DES-1', record)], () => 'verified');
    expect(saved.counts.new).toBe(1);
    expect(t.store.db.prepare('SELECT count(*) FROM destruction_events').pluck().get()).toBe(1);
  });
});

describe('withoutTriggers', () => {
  it('refuses to run outside a transaction, where a failure would leave the triggers dropped', () => {
    const before = triggers();
    const work = vi.fn();
    expect(() => withoutTriggers(t.store.db, ['incidents'], work)).toThrow(/inside a transaction/);
    expect(work).not.toHaveBeenCalled();
    expect(triggers()).toEqual(before);
  });

  it('creates the triggers again when work fails but its transaction goes on', () => {
    const before = triggers();
    t.store.repos.transaction(() => {
      expect(() =>
        withoutTriggers(t.store.db, ['incidents', 'hazardous_areas'], () => {
          expect(triggersOn('incidents') + triggersOn('hazardous_areas')).toBe(0);
          expect(triggersOn('destruction_events')).toBe(3);
          throw new Error('refused');
        }),
      ).toThrow('refused');
    });
    expect(triggers()).toEqual(before);
  });
});

describe('the tables each adapter declares', () => {
  const kinds = Object.keys(IMPORT_ADAPTERS) as RecordType[];

  it.each(kinds)('%s: its create and update write only its declared tables', (kind) => {
    const adapter = IMPORT_ADAPTERS[kind];
    const values = rows[kind](s);
    const start = t.store.db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get();
    // Logged (not paused), so that every table written leaves its name in the log.
    const id = adapter.create(t.store.context, built(kind, values));
    const changed = { source: 'Autre source', reportedBy: 'Autre service' };
    const again = adapter.build(t.store.context, rows[kind](s, changed), id);
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    adapter.update(t.store.context, id, again.record);
    const written = t.store.db
      .prepare<[unknown], string>('SELECT DISTINCT table_name FROM change_log WHERE seq > ?')
      .pluck()
      .all(start);
    expect(written).toContain(adapter.tables[0]);
    expect(written.filter((table) => !adapter.tables.includes(table))).toEqual([]);
    const updates = t.store.db
      .prepare<[unknown], number>("SELECT count(*) FROM change_log WHERE seq > ? AND action = 'update'")
      .pluck()
      .get(start);
    expect(updates).toBeGreaterThan(0);
  });
});

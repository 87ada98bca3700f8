import type { Provenance, RecordSource, RecordType } from '../../../../shared/domain/article7';
import type { Repositories } from '../../../db/repositories/index';

/*
 * Where each row's figures come from. Every source-bearing table is read once (id, source,
 * operator, date), so a row's provenance is a lookup per record, not a query.
 */

export interface SourceIndex {
  of(type: RecordType, id: string): RecordSource | undefined;
  /** Every record of a type, in the order read. */
  all(type: RecordType): readonly RecordSource[];
}

/**
 * Reads each table's sources the first time a row of that type asks (a report with no casualty,
 * say, never reads theirs).
 */
export function readSources(repos: Repositories): SourceIndex {
  const readers: Partial<Record<RecordType, () => RecordSource[]>> = {
    hazardousArea: () => repos.hazards.sources(),
    landRelease: () => repos.landRelease.sources(),
    stockpileLot: () => repos.stockpiles.lots.sources(),
    destruction: () => repos.stockpiles.destruction.sources(),
    retainedItem: () => repos.stockpiles.retained.itemSources(),
    retainedMovement: () => repos.stockpiles.retained.movementSources(),
    measure: () => repos.stockpiles.measures.sources(),
    riskEducation: () => repos.education.sessions.sources(),
    victimAssistance: () => repos.education.assistance.sources(),
    casualtyPerson: () => repos.casualties.personSources(),
    casualtyAggregate: () => repos.casualties.aggregateSources(),
  };
  const lists = new Map<RecordType, RecordSource[]>();
  const byId = new Map<RecordType, Map<string, RecordSource>>();
  const all = (type: RecordType) => {
    let list = lists.get(type);
    if (!list) {
      list = readers[type]?.() ?? [];
      lists.set(type, list);
    }
    return list;
  };
  return {
    of(type, id) {
      let map = byId.get(type);
      if (!map) {
        map = new Map(all(type).map((r) => [r.id, r]));
        byId.set(type, map);
      }
      return map.get(id);
    },
    all,
  };
}

/** The provenance of some records: each named once, and their distinct sources in order met. */
export function provenanceOf(
  sources: SourceIndex,
  records: readonly { type: RecordType; id: string }[],
): Provenance {
  const seenRecords = new Set<string>();
  const seenSources = new Set<string>();
  const out: Provenance = { records: [], sources: [] };
  for (const r of records) {
    const key = `${r.type}:${r.id}`;
    if (seenRecords.has(key)) continue;
    seenRecords.add(key);
    out.records.push({ type: r.type, id: r.id });
    const s = sources.of(r.type, r.id);
    if (!s) continue;
    const sourceKey = `${s.source}\u0000${s.operator ?? ''}\u0000${s.date ?? ''}`;
    if (seenSources.has(sourceKey)) continue;
    seenSources.add(sourceKey);
    out.sources.push({ source: s.source, operator: s.operator, date: s.date });
  }
  return out;
}

export const recordsOf = (type: RecordType, ids: Iterable<string>) => [...ids].map((id) => ({ type, id }));

export const EMPTY_PROVENANCE: Provenance = { records: [], sources: [] };

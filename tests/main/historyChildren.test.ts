import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/domain/history';
import { createOperator, sampleSession } from './education.fixture';
import { testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

describe('child rows written back unchanged', () => {
  it('leave no entry, while a real change of them is logged', async () => {
    const operatorId = await createOperator(t);
    const session = sampleSession(t.regionId('MOP'), operatorId);
    const created = await t.call('education.create', session);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const id = (created.value as { record: { id: string } }).record.id;
    const history = async () => {
      const res = await t.call('history.record', { recordType: 'risk_education', recordId: id });
      return (res.ok ? res.value : []) as HistoryEntry[];
    };
    const before = (await history()).length;
    // Same languages, another locality: one entry, for the session row only.
    const saved = await t.call('education.update', { id, record: { ...session, locality: 'Douentza' } });
    expect(saved.ok).toBe(true);
    const after = await history();
    expect(after.length).toBe(before + 1);
    expect(after[0]?.tableName).toBe('risk_education');
  });
});

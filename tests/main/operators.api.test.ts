import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operator, OperatorListResult } from '../../shared/domain/operator';
import { testStore } from '../helpers/store';
import { addOperator } from './capacity.fixture';
import { createOperator, sampleAssistance, sampleSession } from './education.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function list(query: Record<string, unknown>): Promise<string[]> {
  const res = await t.call('operators.list', query);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return (res.value as OperatorListResult).rows.map((o) => o.acronym || o.name);
}

describe('operators: origin, accreditation, contact', () => {
  it('stores accreditation and contact, the scope in one order, the origin from the kind', async () => {
    const created = await addOperator(t, {
      accreditationScope: ['victimAssistance', 'riskEducation'],
    });
    expect(created).toMatchObject({
      origin: 'international',
      accreditedOn: '2019-04-10',
      accreditationScope: ['riskEducation', 'victimAssistance'],
      contactName: 'Awa Keïta',
      contactPhone: '+223 20 00 00 11',
      contactEmail: 'contact.mag@example.org',
      capacityCount: 0,
      peopleRecordCount: 0,
    });
    const read = await t.call('operators.get', { id: created.id });
    expect(read.ok && read.value).toEqual(created);
  });

  it('keeps the origin chosen for a kind that implies none, and none when not stated', async () => {
    const barkhane = await addOperator(t, {
      name: 'Force Barkhane',
      acronym: '',
      kind: 'other',
      origin: 'international',
      accreditedOn: null,
      accreditationScope: [],
    });
    const firm = await addOperator(t, { name: 'Société X', acronym: '', kind: 'commercial' });
    expect([barkhane.origin, firm.origin]).toEqual(['international', null]);
  });

  it('refuses an origin against the kind, a bad e-mail and an accreditation dated in the future', async () => {
    const res = await t.call('operators.create', {
      name: 'AMSS',
      kind: 'nationalNgo',
      origin: 'international',
      contactEmail: 'amss.example.org',
      accreditedOn: '2999-01-01',
    });
    expect(res.ok || res.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['accreditedOn', 'validation.dateInFuture'],
      ['contactEmail', 'validation.email'],
      ['origin', 'operator.errors.originContradictsKind'],
    ]);
    const contradiction = await t.call('operators.create', {
      name: 'AMSS',
      kind: 'nationalNgo',
      origin: 'international',
    });
    expect(contradiction.ok || contradiction.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['origin', 'operator.errors.originContradictsKind'],
    ]);
    const list = await t.call('operators.list', {});
    expect(list.ok && (list.value as OperatorListResult).total).toBe(0);
  });

  it('filters by kind and by origin, and sorts by origin and accreditation date', async () => {
    await addOperator(t);
    await addOperator(t, { name: 'AMSS', acronym: '', kind: 'nationalNgo', accreditedOn: '2021-01-05' });
    await addOperator(t, {
      name: 'SP-CNLPAL',
      acronym: '',
      kind: 'nationalAuthority',
      accreditedOn: null,
      accreditationScope: [],
    });
    expect(await list({ origin: 'national' })).toEqual(['AMSS', 'SP-CNLPAL']);
    expect(await list({ origin: 'international' })).toEqual(['MAG']);
    expect(await list({ kind: 'nationalAuthority' })).toEqual(['SP-CNLPAL']);
    expect(await list({ kind: 'nationalNgo', origin: 'international' })).toEqual([]);
    expect(await list({ sort: 'accreditedOn', direction: 'desc' })).toEqual(['AMSS', 'MAG', 'SP-CNLPAL']);
    expect(await list({ sort: 'origin', direction: 'asc' })).toEqual(['MAG', 'AMSS', 'SP-CNLPAL']);
  });

  it('updates accreditation and contact', async () => {
    const mag = await addOperator(t);
    const res = await t.call('operators.update', {
      id: mag.id,
      operator: {
        name: mag.name,
        acronym: 'MAG',
        kind: 'internationalNgo',
        accreditedOn: null,
        contactName: '',
      },
    });
    expect(res.ok && (res.value as Operator)).toMatchObject({
      accreditedOn: null,
      accreditationScope: [],
      contactName: '',
      contactEmail: '',
      origin: 'international',
    });
  });

  it('refuses to delete an operator that delivered risk education or assistance, until those are deleted', async () => {
    const amss = await createOperator(t);
    const session = await t.call('education.create', sampleSession(t.regionId('MOP'), amss));
    const help = await t.call('assistance.create', sampleAssistance(t.regionId('MOP'), amss));
    expect([session.ok, help.ok]).toEqual([true, true]);
    const refused = await t.call('operators.delete', { id: amss });
    expect(refused.ok || [refused.error.messageKey, refused.error.params]).toEqual([
      'operator.errors.hasPeopleRecords',
      { name: 'Association malienne pour la survie au Sahel', count: 2 },
    ]);
    expect((await t.call('operators.get', { id: amss })).ok).toBe(true);
    const idOf = (res: typeof session) => (res.ok ? (res.value as { record: { id: string } }).record.id : '');
    expect((await t.call('education.delete', { id: idOf(session) })).ok).toBe(true);
    expect((await t.call('operators.delete', { id: amss })).ok).toBe(false);
    expect((await t.call('assistance.delete', { id: idOf(help) })).ok).toBe(true);
    expect((await t.call('operators.delete', { id: amss })).ok).toBe(true);
  });
});

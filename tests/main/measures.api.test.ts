import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeasureInputDraft, MeasureListResult, NationalMeasure } from '../../shared/domain/measure';
import { measureText } from '../../shared/domain/measure';
import { testStore } from '../helpers/store';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

const measure = (over: Partial<MeasureInputDraft> = {}): MeasureInputDraft => ({
  kind: 'legislative',
  titleFr: 'Loi autorisant la ratification de la Convention',
  titleEn: 'Act authorising the ratification of the Convention',
  summaryFr: 'Autorise la ratification.',
  summaryEn: 'Authorises ratification.',
  reference: 'Loi n° 00-000',
  adoptedOn: '1998-04-20',
  status: 'inForce',
  supplementaryInfo: '',
  source: 'Journal officiel',
  ...over,
});

async function create(over: Partial<MeasureInputDraft> = {}): Promise<NationalMeasure> {
  const res = await t.call('measures.create', measure(over));
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as NationalMeasure;
}

describe('national implementation measures (form A)', () => {
  it('creates, re-reads, updates and deletes a measure in both languages', async () => {
    const m = await create();
    const got = await t.call('measures.get', { id: m.id });
    expect(got.ok && got.value).toMatchObject({
      titleEn: 'Act authorising the ratification of the Convention',
    });
    const upd = await t.call('measures.update', {
      id: m.id,
      measure: measure({ titleEn: '', summaryEn: '' }),
    });
    expect(upd.ok && measureText(upd.value as NationalMeasure, 'en')).toEqual({
      title: 'Loi autorisant la ratification de la Convention',
      summary: 'Autorise la ratification.',
      lang: 'fr',
      fallback: true,
    });
    expect((await t.call('measures.delete', { id: m.id })).ok).toBe(true);
    expect((await t.call('measures.get', { id: m.id })).ok).toBe(false);
  });

  it('requires an adoption date in force, and none in preparation', async () => {
    const res = await t.call('measures.create', measure({ adoptedOn: null }));
    expect(!res.ok && res.error.fields).toEqual([
      { path: 'adoptedOn', messageKey: 'measure.errors.adoptedOnRequired' },
    ]);
    const res2 = await t.call('measures.create', measure({ status: 'inPreparation' }));
    expect(!res2.ok && res2.error.fields).toEqual([
      { path: 'adoptedOn', messageKey: 'measure.errors.notYetAdopted' },
    ]);
    const res3 = await t.call('measures.create', measure({ titleFr: ' ' }));
    expect(!res3.ok && res3.error.fields?.map((f) => [f.path, f.messageKey])).toEqual([
      ['titleFr', 'validation.required'],
    ]);
  });

  it('filters, searches both languages, and sorts titles in the language read', async () => {
    await create({ titleFr: 'Zèbre', titleEn: 'Alpha', adoptedOn: '2001-01-01' });
    await create({
      titleFr: 'Avant-projet pénal',
      titleEn: '',
      kind: 'penal',
      status: 'inPreparation',
      adoptedOn: null,
    });
    await create({ titleFr: 'Décret', titleEn: 'Decree', kind: 'administrative', adoptedOn: '2010-09-15' });
    const q = async (query: object) => {
      const r = await t.call('measures.list', query);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return (r.value as MeasureListResult).rows.map((m) => m.titleFr);
    };
    expect(await q({ sort: 'title', direction: 'asc', lang: 'fr' })).toEqual([
      'Avant-projet pénal',
      'Décret',
      'Zèbre',
    ]);
    expect(await q({ sort: 'title', direction: 'asc', lang: 'en' })).toEqual([
      'Zèbre',
      'Avant-projet pénal',
      'Décret',
    ]);
    // Newest adopted first; measures in preparation after.
    expect(await q({})).toEqual(['Décret', 'Zèbre', 'Avant-projet pénal']);
    expect(await q({ kind: 'penal' })).toEqual(['Avant-projet pénal']);
    expect(await q({ status: 'inForce', year: 2001 })).toEqual(['Zèbre']);
    expect(await q({ search: 'alpha' })).toEqual(['Zèbre']);
    expect(await q({ search: 'penal' })).toEqual(['Avant-projet pénal']);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpokenLanguage } from '../../shared/domain/language';
import { testStore } from '../helpers/store';
import { BAMBARA, createOperator, sampleCampaign } from './education.fixture';

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

async function languages(): Promise<SpokenLanguage[]> {
  const res = await t.call('languages.list', {});
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as SpokenLanguage[];
}

describe('languages handlers', () => {
  it('seeds French and the national languages of the handbook, in French order', async () => {
    expect((await languages()).map((l) => [l.nameFr, l.code])).toEqual([
      ['Bambara', 'bam'],
      ['Dogon', ''],
      ['Français', 'fra'],
      ['Fulfulde (peul)', 'ful'],
      ['Songhaï', 'son'],
      ['Soninké', 'snk'],
      ['Tamasheq', 'tmh'],
    ]);
  });

  it('adds and renames a language, refusing a name or code already taken', async () => {
    const added = await t.call('languages.save', { nameFr: 'Bozo', nameEn: 'Bozo', code: 'BZE' });
    expect(added.ok && added.value).toMatchObject({ nameFr: 'Bozo', code: 'bze', useCount: 0 });
    const id = added.ok ? (added.value as SpokenLanguage).id : '';
    const renamed = await t.call('languages.save', {
      id,
      nameFr: 'Bozo (sorogama)',
      nameEn: 'Bozo',
      code: 'bze',
    });
    expect(renamed.ok && (renamed.value as SpokenLanguage).nameFr).toBe('Bozo (sorogama)');

    const sameName = await t.call('languages.save', { nameFr: 'bambara', nameEn: 'Other', code: '' });
    expect(sameName.ok || sameName.error.fields).toEqual([
      { path: 'nameFr', messageKey: 'language.list.errors.nameTaken', params: { name: 'bambara' } },
    ]);
    const sameCode = await t.call('languages.save', { nameFr: 'Bomu', nameEn: 'Bomu', code: 'bam' });
    expect(sameCode.ok || sameCode.error.fields?.[0]?.messageKey).toBe('language.list.errors.codeTaken');
    const badCode = await t.call('languages.save', { nameFr: 'Bomu', nameEn: 'Bomu', code: 'b4' });
    expect(badCode.ok || badCode.error.fields?.[0]).toEqual({
      path: 'code',
      messageKey: 'language.list.errors.code',
    });
    expect(await languages()).toHaveLength(8);
  });

  it('refuses to delete a language in use, even by a deleted record, and deletes one that is not', async () => {
    const operatorId = await createOperator(t);
    const created = await t.call('education.create', sampleCampaign(t.regionId('MOP'), operatorId));
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const refused = await t.call('languages.delete', { id: BAMBARA });
    expect(refused.ok || [refused.error.code, refused.error.messageKey, refused.error.params]).toEqual([
      'CONFLICT',
      'language.list.errors.inUse',
      { name: 'Bambara', count: 1 },
    ]);
    // A deleted record still holds its link: the language stays.
    const recordId = (created.value as { record: { id: string } }).record.id;
    await t.call('education.delete', { id: recordId });
    const still = await t.call('languages.delete', { id: BAMBARA });
    expect(still.ok).toBe(false);
    expect((await languages()).find((l) => l.id === BAMBARA)?.useCount).toBe(1);

    const dogon = (await languages()).find((l) => l.nameFr === 'Dogon')!;
    expect((await t.call('languages.delete', { id: dogon.id })).ok).toBe(true);
    expect((await languages()).map((l) => l.nameFr)).not.toContain('Dogon');
  });
});

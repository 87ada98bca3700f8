import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListResolver, type ListResolver } from '../../../main/import/lists';
import { DEVICE_CATEGORIES } from '../../../shared/domain/devices';
import { FIXED_LISTS, listLabel, type FixedList } from '../../../shared/domain/operatorReturn';
import { createTranslator } from '../../../shared/i18n/index';
import { testStore } from '../../helpers/store';
import { BAMBARA, createOperator, FRENCH } from '../education.fixture';

let t: ReturnType<typeof testStore>;
let amss: string;
let hi: string;
let resolver: ListResolver;
const NONE = { regionId: null };

const cercleId = (name: string) => {
  const unit = t.store.repos.adminUnits.list().find((u) => u.level === 'cercle' && u.nameFr === name);
  if (!unit) throw new Error(name);
  return unit.id;
};

beforeAll(async () => {
  t = testStore();
  amss = await createOperator(t);
  hi = await createOperator(t, 'Humanité & Inclusion', 'HI');
  resolver = createListResolver(t.store.repos, {
    region: { 'Mopti Region': t.regionId('MOP'), Tombouktou: t.regionId('TOM') },
    deviceCategory: { 'Mine AP artisanale': 'AP_MINE_IMPROVISED', 'Mine bizarre': 'NOT_A_CODE' },
    operator: { 'Handicap International': hi },
    completed: { Fini: 'yes', 'En cours': 'no' },
  });
});
afterAll(() => t.cleanup());

describe('fixed lists', () => {
  it('resolve every code, French label and English label of every list', () => {
    const fr = createTranslator('fr');
    const en = createTranslator('en');
    for (const name of Object.keys(FIXED_LISTS) as FixedList[]) {
      if (name === 'yesNo') continue;
      for (const code of FIXED_LISTS[name].values) {
        for (const text of [code, listLabel(name, code, fr), listLabel(name, code, en)]) {
          expect(resolver.resolve('x', name, text, NONE), `${name} ${text}`).toBe(code);
        }
      }
    }
  });
  it('ignore case, accents and punctuation, and know the short forms in brackets', () => {
    expect(resolver.resolve('x', 'device', 'MINE ANTIPERSONNEL IMPROVISEE', NONE)).toBe('AP_MINE_IMPROVISED');
    expect(resolver.resolve('x', 'device', 'ap_mine', NONE)).toBe('AP_MINE');
    expect(resolver.resolve('x', 'device', 'MAP', NONE)).toBe('AP_MINE');
    expect(resolver.resolve('x', 'device', 'Mine antipersonnel', NONE)).toBe('AP_MINE');
    expect(resolver.resolve('x', 'ageBand', '60+', NONE)).toBe('60+');
    expect(resolver.resolve('x', 'ageBand', '0-4', NONE)).toBe('0-4');
    expect(resolver.resolve('x', 'sex', 'femme / fille', NONE)).toBe('female');
  });
  it('resolve nothing they do not know', () => {
    expect(resolver.resolve('x', 'device', 'Grenade lacrymogène', NONE)).toBeNull();
    expect(resolver.resolve('x', 'sex', '', NONE)).toBeNull();
    expect(DEVICE_CATEGORIES).not.toContain('GRENADE');
  });
  it('read yes/no as booleans, in both languages and as ticks', () => {
    for (const text of ['Oui', 'oui', 'YES', 'o', 'y', '1', 'Vrai', 'true', 'x', 'X']) {
      expect(resolver.resolve('x', 'yesNo', text, NONE), text).toBe(true);
    }
    for (const text of ['Non', 'no', 'N', '0', 'faux', 'FALSE']) {
      expect(resolver.resolve('x', 'yesNo', text, NONE), text).toBe(false);
    }
    expect(resolver.resolve('x', 'yesNo', 'peut-être', NONE)).toBeNull();
  });
});

describe('database lists', () => {
  it('resolve regions by French or English name or code, accent-blind', () => {
    expect(resolver.resolve('region', 'region', 'Mopti', NONE)).toBe(t.regionId('MOP'));
    expect(resolver.resolve('region', 'region', 'SEGOU', NONE)).toBe(t.regionId('SEG'));
    expect(resolver.resolve('region', 'region', 'tom', NONE)).toBe(t.regionId('TOM'));
    expect(resolver.resolve('region', 'region', 'San', NONE)).toBe(t.regionId('SAN'));
    expect(resolver.resolve('region', 'region', 'Atlantide', NONE)).toBeNull();
  });
  it("resolve a cercle within the row's region, and refuse one of another region", () => {
    const mopti = { regionId: t.regionId('MOP') };
    const gao = { regionId: t.regionId('GAO') };
    expect(resolver.resolve('cercle', 'cercle', 'Bankass', mopti)).toBe(cercleId('Bankass'));
    expect(resolver.resolve('cercle', 'cercle', 'DJENNE', mopti)).toBe(cercleId('Djenné'));
    expect(resolver.resolve('cercle', 'cercle', 'MOP-02', mopti)).toBe(cercleId('Bankass'));
    // The cercle named like its region is the cercle, not the region.
    expect(resolver.resolve('cercle', 'cercle', 'Mopti', mopti)).toBe(cercleId('Mopti'));
    expect(resolver.resolve('cercle', 'cercle', 'Bankass', gao)).toBeNull();
    expect(resolver.problem('cercle', 'cercle', 'Bankass', gao)).toEqual({
      messageKey: 'import.problem.cercleRegion',
      params: { value: 'Bankass' },
    });
    // Without a region, a cercle whose name is unique is found.
    expect(resolver.resolve('cercle', 'cercle', 'Ansongo', NONE)).toBe(cercleId('Ansongo'));
  });
  it('resolve operators by name, acronym or the template label', () => {
    expect(resolver.resolve('operator', 'operator', 'AMSS', NONE)).toBe(amss);
    expect(resolver.resolve('operator', 'operator', 'amss', NONE)).toBe(amss);
    expect(
      resolver.resolve('operator', 'operator', 'Association malienne pour la survie au Sahel', NONE),
    ).toBe(amss);
    expect(resolver.resolve('operator', 'operator', 'HI — Humanité & Inclusion', NONE)).toBe(hi);
    expect(resolver.resolve('operator', 'operator', 'Humanite et Inclusion', NONE)).toBeNull();
    expect(resolver.resolve('operator', 'operator', 'humanité & inclusion', NONE)).toBe(hi);
  });
  it('resolve languages by French or English name or ISO code', () => {
    expect(resolver.resolve('language', 'language', 'Français', NONE)).toBe(FRENCH);
    expect(resolver.resolve('language', 'language', 'french', NONE)).toBe(FRENCH);
    expect(resolver.resolve('language', 'language', 'FRA', NONE)).toBe(FRENCH);
    expect(resolver.resolve('language', 'language', 'bam', NONE)).toBe(BAMBARA);
    expect(resolver.resolve('language', 'language', 'Klingon', NONE)).toBeNull();
  });
});

describe('value mapping', () => {
  it("applies the user's words for a column first, compared normalised", () => {
    expect(resolver.resolve('region', 'region', 'Mopti Region', NONE)).toBe(t.regionId('MOP'));
    expect(resolver.resolve('region', 'region', 'TOMBOUKTOU', NONE)).toBe(t.regionId('TOM'));
    expect(resolver.resolve('deviceCategory', 'device', 'mine ap artisanale', NONE)).toBe(
      'AP_MINE_IMPROVISED',
    );
    expect(resolver.resolve('operator', 'operator', 'Handicap International', NONE)).toBe(hi);
    expect(resolver.resolve('completed', 'yesNo', 'fini', NONE)).toBe(true);
    expect(resolver.resolve('completed', 'yesNo', 'En cours', NONE)).toBe(false);
  });
  it('applies a mapping to its own column only', () => {
    expect(resolver.resolve('handedOver', 'yesNo', 'Fini', NONE)).toBeNull();
    expect(resolver.resolve('cercle', 'region', 'Tombouktou', NONE)).toBeNull();
  });
  it('ignores a mapping to a value the list does not have', () => {
    expect(resolver.resolve('deviceCategory', 'device', 'Mine bizarre', NONE)).toBeNull();
    expect(resolver.problem('deviceCategory', 'device', 'Mine bizarre', NONE)).toEqual({
      messageKey: 'import.problem.listValue',
      params: { list: 'device', value: 'Mine bizarre' },
    });
  });
});

describe('problem messages', () => {
  it('name the list expected and the value read, in both languages', () => {
    const p = resolver.problem('region', 'region', 'Atlantide', NONE);
    expect(createTranslator('fr')(p.messageKey, p.params)).toBe(
      'Valeur attendue : une région de la liste, lu « Atlantide »',
    );
    expect(createTranslator('en')(p.messageKey, p.params)).toBe(
      'Expected a region from the list, read “Atlantide”',
    );
  });
});

describe('speed', () => {
  it('resolves 100 000 cells in well under a second (maps only)', () => {
    const mopti = { regionId: t.regionId('MOP') };
    const texts = ['Bankass', 'Djenné', 'Koro', 'Inconnu'];
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < 100_000; i++) {
      if (resolver.resolve('cercle', 'cercle', texts[i % 4]!, mopti) !== null) found++;
    }
    expect(found).toBe(75_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

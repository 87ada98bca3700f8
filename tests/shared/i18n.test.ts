import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_AREAS, createTranslator } from '../../shared/i18n/index';
import { formatArea, formatDate, formatNumber, parseDisplayDate } from '../../shared/i18n/format';

/** The placeholders a message uses, e.g. {count} in a plural. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const el of elements as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (el.type !== 0 && el.type !== 7 && el.value) names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'fr', undefined, { ignoreTag: true }).getAst() as unknown[]);
  return [...names].sort();
}

describe('message catalogues', () => {
  for (const [area, { fr, en }] of Object.entries(CATALOGUE_AREAS)) {
    it(`${area}: French and English have the same keys`, () => {
      const frKeys = Object.keys(fr).sort();
      const enKeys = Object.keys(en).sort();
      expect(
        frKeys.filter((k) => !enKeys.includes(k)),
        'only in French',
      ).toEqual([]);
      expect(
        enKeys.filter((k) => !frKeys.includes(k)),
        'only in English',
      ).toEqual([]);
    });

    it(`${area}: every message parses and both languages use the same placeholders`, () => {
      for (const [key, message] of Object.entries(fr as Record<string, string>)) {
        const english = (en as Record<string, string>)[key];
        expect(english, key).toBeTypeOf('string');
        expect(placeholders(english!), key).toEqual(placeholders(message));
        expect(message.trim(), key).not.toBe('');
      }
    });
  }

  it('no key is defined in two areas', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, { fr }] of Object.entries(CATALOGUE_AREAS)) {
      for (const key of Object.keys(fr)) {
        if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('translates with ICU plurals in both languages', () => {
    expect(createTranslator('fr')('units.errors.inUse', { count: 1 })).toContain('1 zone dangereuse ;');
    expect(createTranslator('en')('units.errors.inUse', { count: 3 })).toContain('3 hazardous areas');
  });

  it('returns the key itself for an unknown key', () => {
    expect(createTranslator('fr')('no.such.key')).toBe('no.such.key');
  });
});

describe('locale formats', () => {
  const spaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
  it('formats numbers and areas the French and the English way', () => {
    expect(spaces(formatNumber(12345, 'fr'))).toBe('12 345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(spaces(formatArea(1234567, 'fr'))).toBe('1 234 567 m²');
    expect(spaces(formatArea(1234567, 'en'))).toBe('1,234,567 m²');
  });

  it('formats dates as dd/mm/yyyy in both languages, whatever the time zone', () => {
    expect(formatDate('2026-11-23', 'fr')).toBe('23/11/2026');
    expect(formatDate('2026-01-05', 'en')).toBe('05/01/2026');
  });

  it('reads dates typed as jj/mm/aaaa', () => {
    expect(parseDisplayDate('3/12/1997')).toBe('1997-12-03');
    expect(parseDisplayDate('2026-11-23')).toBe('2026-11-23');
    expect(parseDisplayDate('next week')).toBeNull();
  });
});

import type { BilingualText, Named, Provenance } from '../../../../shared/domain/article7';
import type { Language } from '../../../../shared/domain/common';
import type { Translate } from '../../../../shared/i18n/index';
import type { PeopleTally } from '../../../../shared/rules/people';
import type { ColumnKind, LayoutColumn, LayoutTable, LayoutValue, SourceGroup } from './types';

/** What every form's layout needs: the language and its translator. */
export interface LayoutContext {
  lang: Language;
  t: Translate;
}

export const column = (label: string, kind: ColumnKind, width: number): LayoutColumn => ({
  label,
  kind,
  width,
});

/** A column header from this catalogue: `article7doc.column.<key>`. */
export const col = (c: LayoutContext, key: string, kind: ColumnKind, width: number): LayoutColumn =>
  column(c.t(`article7doc.column.${key}`), kind, width);

export const named = (n: Named, lang: Language): string => (lang === 'fr' ? n.nameFr : n.nameEn);

/** A written text in the document's language; the other language's text rather than nothing. */
export function bilingual(text: BilingualText, lang: Language): string {
  const own = text[lang].trim();
  if (own !== '') return own;
  return text[lang === 'fr' ? 'en' : 'fr'].trim();
}

export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** Girls, boys, women, men, unknown, total only, total: never only a total (domain.md §5). */
export const PEOPLE_KEYS = ['girls', 'boys', 'women', 'men', 'unknown', 'notDisaggregated', 'total'] as const;

export function peopleColumns(c: LayoutContext): LayoutColumn[] {
  const label = (k: (typeof PEOPLE_KEYS)[number]) =>
    k === 'notDisaggregated'
      ? c.t('people.notDisaggregated')
      : k === 'total'
        ? c.t('people.total')
        : c.t(`people.class.${k}`);
  return PEOPLE_KEYS.map((k) => column(label(k), 'count', k === 'notDisaggregated' ? 12 : 10));
}

export const peopleValues = (tally: PeopleTally): number[] => PEOPLE_KEYS.map((k) => tally[k]);

/** Adds people tallies cell by cell (a totals row of tallies that the model gives apart). */
export function sumTallies(tallies: PeopleTally[]): PeopleTally {
  const sum = { girls: 0, boys: 0, women: 0, men: 0, unknown: 0, notDisaggregated: 0, total: 0 };
  for (const tally of tallies) for (const k of PEOPLE_KEYS) sum[k] += tally[k];
  return sum;
}

/**
 * The sources of many rows, one per source and operator with the span of their dates, in first-seen
 * order. Grouped, not listed date by date: a national list of 7 000 areas from five sources must
 * give a five-line footnote, not 7 000 lines (and a Word file of a gigabyte in memory).
 */
export function distinctSources(provenances: Iterable<Provenance>): SourceGroup[] {
  const seen = new Map<string, SourceGroup>();
  for (const p of provenances) {
    for (const s of p.sources) {
      const key = `${s.source}\u0000${s.operator ?? ''}`;
      const group = seen.get(key);
      if (!group) {
        seen.set(key, { source: s.source, operator: s.operator, from: s.date, to: s.date });
      } else if (s.date) {
        if (!group.from || s.date < group.from) group.from = s.date;
        if (!group.to || s.date > group.to) group.to = s.date;
      }
    }
  }
  return [...seen.values()];
}

export function table(
  c: LayoutContext,
  title: string,
  columns: LayoutColumn[],
  rows: LayoutValue[][],
  options: { total?: LayoutValue[] | null; provenance?: () => Iterable<Provenance>; always?: boolean } = {},
): LayoutTable {
  const provenance = options.provenance;
  return {
    kind: 'table',
    title,
    columns,
    rows,
    total: options.total === undefined ? null : options.total,
    emptyText: c.t('article7.statement.nothingToReport'),
    sources: provenance ? () => distinctSources(provenance()) : null,
    ...(options.always ? { always: true } : {}),
  };
}

/** The totals row: the label, then the figures under their columns (null leaves a cell empty). */
export const totalRow = (c: LayoutContext, figures: LayoutValue[]): LayoutValue[] => [
  c.t('article7doc.total'),
  ...figures,
];

export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

export const lots = (numbers: string[]): string => numbers.join(', ');

import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../../shared/domain/article7';
import { distinctSources } from '../../../main/documents/article7/layout/helpers';
import { buildReportLayout } from '../../../main/documents/article7/layout/index';
import { fullModel } from './article7.modelFixture';

const record = { type: 'hazardousArea' as const, id: 'x' };

describe('sources of a table, for its footnote', () => {
  it('gives one line per source and operator with the span of their dates, however many rows', () => {
    const rows: Provenance[] = Array.from({ length: 5000 }, (_, i) => ({
      records: [record],
      sources: [{ source: 'Rapport NEDEX', operator: 'FAMa', date: `2025-0${1 + (i % 3)}-15` }],
    }));
    rows.push({
      records: [record],
      sources: [{ source: 'Enquête communautaire', operator: null, date: null }],
    });
    const groups = distinctSources(rows);
    expect(groups).toEqual([
      { source: 'Rapport NEDEX', operator: 'FAMa', from: '2025-01-15', to: '2025-03-15' },
      { source: 'Enquête communautaire', operator: null, from: null, to: null },
    ]);
    const layout = buildReportLayout(fullModel(), 'fr', { simplifiedCover: false });
    expect(layout.formatSources(groups)).toBe(
      'Sources : Rapport NEDEX (FAMa, 15/01/2025 – 15/03/2025) ; Enquête communautaire.',
    );
  });
});

import type { Language } from '../../../shared/domain/common';
import type { MeasureKind, MeasureStatus, NationalMeasure } from '../../../shared/domain/measure';
import { dateInput, dateText } from '../../i18n/parse';

/** A national measure as typed: both languages side by side. */
export interface MeasureDraft {
  kind: MeasureKind | '';
  status: MeasureStatus;
  reference: string;
  adoptedOn: string;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  supplementaryInfo: string;
  source: string;
}

export const emptyMeasureDraft = (): MeasureDraft => ({
  kind: '',
  status: 'inForce',
  reference: '',
  adoptedOn: '',
  titleFr: '',
  titleEn: '',
  summaryFr: '',
  summaryEn: '',
  supplementaryInfo: '',
  source: '',
});

export function measureDraftOf(m: NationalMeasure, lang: Language): MeasureDraft {
  return {
    kind: m.kind,
    status: m.status,
    reference: m.reference,
    adoptedOn: dateText(m.adoptedOn, lang),
    titleFr: m.titleFr,
    titleEn: m.titleEn,
    summaryFr: m.summaryFr,
    summaryEn: m.summaryEn,
    supplementaryInfo: m.supplementaryInfo,
    source: m.source,
  };
}

/** A measure in preparation has no adoption date: the field is hidden and nothing is sent. */
export function measureInputOf(d: MeasureDraft): unknown {
  return {
    ...d,
    kind: d.kind === '' ? undefined : d.kind,
    adoptedOn: d.status === 'inPreparation' ? null : dateInput(d.adoptedOn, false),
  };
}

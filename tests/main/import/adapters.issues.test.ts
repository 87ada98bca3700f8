import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_ADAPTERS } from '../../../main/import/adapters/index';
import type { RowIssue, RowValues } from '../../../main/import/adapters/types';
import type { RecordType } from '../../../shared/domain/operatorReturn';
import { testStore } from '../../helpers/store';
import { rows, seed, type Seed, type Store } from './adapters.fixture';

let t: Store;
let s: Seed;
beforeEach(async () => {
  t = testStore();
  s = await seed(t);
});
afterEach(() => t.cleanup());

/** The row's issues (none when it builds). */
function issues(kind: RecordType, values: RowValues): RowIssue[] {
  const result = IMPORT_ADAPTERS[kind].build(t.store.context, values);
  return result.ok ? [] : result.issues;
}

describe('rows the forms would refuse are refused on the column they came from', () => {
  it('risk education: beneficiaries that do not add up to the total', () => {
    expect(issues('education', rows.education(s, { total: 40 }))).toEqual([
      { key: 'total', messageKey: 'people.errors.partsDoNotAddUp', params: { parts: 36, total: 40 } },
    ]);
  });

  it('risk education: a campaign without its last day, and a language not on the list', () => {
    expect(issues('education', rows.education(s, { educationKind: 'campaign', sessionCount: 3 }))).toEqual([
      { key: 'endedOn', messageKey: 'education.errors.endRequired' },
    ]);
    const unknownLanguage = '6c616e67-0000-4000-8000-0000000000ff';
    expect(issues('education', rows.education(s, { language: unknownLanguage }))).toEqual([
      { key: 'language', messageKey: 'education.errors.unknownLanguage' },
    ]);
  });

  it('land release: the end before the start', () => {
    expect(issues('landRelease', rows.landRelease(s, { endDate: '2026-03-30' }))).toEqual([
      { key: 'endDate', messageKey: 'release.errors.endBeforeStart' },
    ]);
  });

  it('land release: a hazard code the register does not know, said once', () => {
    expect(issues('landRelease', rows.landRelease(s, { hazardCode: 'MOP-0999' }))).toEqual([
      { key: 'hazardCode', messageKey: 'incident.errors.unknownArea', params: { code: 'MOP-0999' } },
    ]);
  });

  it('land release: device counts, checked as the form checks its device list', () => {
    expect(issues('landRelease', rows.landRelease(s, { found: 2, destroyed: 3 }))).toEqual([
      { key: 'destroyed', messageKey: 'release.errors.destroyedMoreThanFound' },
    ]);
    expect(issues('landRelease', rows.landRelease(s, { deviceCategory: null }))).toEqual([
      { key: 'deviceCategory', messageKey: 'import.adapter.countsWithoutDevice' },
    ]);
    expect(issues('landRelease', rows.landRelease(s, { activation: null }))).toEqual([
      { key: 'activation', messageKey: 'validation.choice' },
    ]);
  });

  it('land release: more released than the area holds (the handler’s database check)', () => {
    expect(issues('landRelease', rows.landRelease(s, { reducedM2: 12_000 }))).toEqual([
      {
        key: 'reducedM2',
        messageKey: 'release.errors.exceedsRemaining',
        params: { remaining: 12345, code: 'MOP-0001', released: 14_000 },
      },
    ]);
  });

  it('incident: a cercle outside the region, an area of another region', () => {
    expect(issues('incident', rows.incident(s, { cercle: s.kayesCercle }))).toEqual([
      { key: 'cercle', messageKey: 'hazard.errors.unitNotInRegion' },
    ]);
    expect(issues('incident', rows.incident(s, { region: s.kayes, cercle: null }))).toEqual([
      { key: 'hazardCode', messageKey: 'incident.errors.areaNotInRegion', params: { code: 'MOP-0001' } },
    ]);
  });

  it('incident: an empty required number and a report before the incident', () => {
    expect(issues('incident', rows.incident(s, { killed: null }))).toEqual([
      { key: 'killed', messageKey: 'validation.required' },
    ]);
    expect(issues('incident', rows.incident(s, { reportedOn: '2026-04-01' }))).toEqual([
      { key: 'reportedOn', messageKey: 'incident.errors.reportedBeforeOccurred' },
    ]);
  });

  it('casualty: an age outside the band', () => {
    expect(issues('casualty', rows.casualty(s, { age: 34, ageBand: '12-17' }))).toEqual([
      { key: 'age', messageKey: 'people.errors.ageOutsideBand' },
    ]);
  });

  it('destruction: a region that is not one, and a stockpile destruction the template cannot name a lot for', () => {
    expect(issues('destruction', rows.destruction(s, { region: s.kayesCercle, cercle: null }))).toEqual([
      { key: 'region', messageKey: 'hazard.errors.unknownRegion' },
    ]);
    expect(
      issues(
        'destruction',
        rows.destruction(s, {
          destructionContext: 'stockpile',
          deviceCategory: 'AP_MINE',
          activation: 'person',
        }),
      ),
    ).toEqual([{ key: 'destructionContext', messageKey: 'import.adapter.stockpileNotImported' }]);
  });

  it('capacity: people fewer than teams, and a year already recorded for the operator', () => {
    expect(issues('capacity', rows.capacity(s, { 'people.riskEducation': 1 }))).toEqual([
      { key: 'people.riskEducation', messageKey: 'capacity.errors.peopleBelowTeams', params: { teams: 2 } },
    ]);
    const built = IMPORT_ADAPTERS.capacity.build(t.store.context, rows.capacity(s));
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    IMPORT_ADAPTERS.capacity.create(t.store.context, built.record);
    expect(issues('capacity', rows.capacity(s, { reference: 'CAP-OTHER' }))).toEqual([
      {
        key: 'year',
        messageKey: 'capacity.errors.duplicateYear',
        params: { operator: 'AMSS', year: '2025', quarter: 0 },
      },
    ]);
  });
});

describe('a casualty names its incident by the incident’s reference', () => {
  it('returns the link and leaves the id to fill at commit', async () => {
    const incident = IMPORT_ADAPTERS.incident.build(t.store.context, rows.incident(s));
    if (!incident.ok) throw new Error(JSON.stringify(incident.issues));
    const incidentId = IMPORT_ADAPTERS.incident.create(t.store.context, incident.record);

    const result = IMPORT_ADAPTERS.casualty.build(
      t.store.context,
      rows.casualty(s, { incidentReference: 'INC-001' }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.link).toEqual({
      kind: 'incident',
      key: 'incidentReference',
      scope: '',
      reference: 'INC-001',
    });
    expect((result.record as { incidentId: string | null }).incidentId).toBeNull();

    const linked = IMPORT_ADAPTERS.casualty.withLink!(result.record, incidentId);
    const id = IMPORT_ADAPTERS.casualty.create(t.store.context, linked);
    const read = await t.call('casualties.getPerson', { id });
    expect(read.ok && read.value).toMatchObject({ incidentId, incidentOccurredOn: '2026-04-02' });
  });

  it('has no link when the cell is empty', () => {
    const result = IMPORT_ADAPTERS.casualty.build(t.store.context, rows.casualty(s));
    expect(result.ok && result.link).toBeUndefined();
  });
});

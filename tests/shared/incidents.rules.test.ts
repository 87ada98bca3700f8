import { describe, expect, it } from 'vitest';
import { deviceFamily, incidentInputSchema, matchesFamily } from '../../shared/domain/incident';
import {
  incidentsByRegionYear,
  incidentsInYear,
  summaryRowsIn,
  type IncidentFigureInput,
} from '../../shared/rules/incidents';

const region = (id: string, nameFr: string, nameEn = nameFr) => ({
  regionId: id,
  regionNameFr: nameFr,
  regionNameEn: nameEn,
});
const MOP = region('r-mop', 'Mopti');
const SEG = region('r-seg', 'Ségou');
const SIK = region('r-sik', 'Sikasso');
const TOM = region('r-tom', 'Tombouctou', 'Timbuktu');

function incident(
  where: ReturnType<typeof region>,
  occurredOn: string,
  over: Partial<IncidentFigureInput> = {},
): IncidentFigureInput {
  return {
    ...where,
    occurredOn,
    category: 'AP_MINE_IMPROVISED',
    activation: 'person',
    target: 'civilian',
    killedTotal: 1,
    injuredTotal: 2,
    ...over,
  };
}

const DATA: IncidentFigureInput[] = [
  incident(MOP, '2019-03-01'),
  incident(MOP, '2021-06-01', {
    category: 'IED_OTHER',
    activation: 'command',
    killedTotal: 4,
    injuredTotal: 6,
  }),
  incident(MOP, '2021-07-01'),
  incident(SEG, '2021-01-31', { category: 'UXO', activation: 'unknown', target: 'unknown', killedTotal: 0 }),
  incident(TOM, '2021-12-31', {
    category: 'AV_MINE_IMPROVISED',
    activation: 'vehicle',
    target: 'peacekeepers',
  }),
  incident(SIK, '2022-02-02', { category: 'AP_MINE', target: 'securityForces' }),
];

describe('incidentsByRegionYear', () => {
  it('builds the region × year matrix with row, column and grand totals, years without gaps', () => {
    const s = incidentsByRegionYear(DATA, { family: 'all' });
    expect(s.years).toEqual([2019, 2020, 2021, 2022]);
    expect(s.rows.map((r) => [r.nameFr, r.counts, r.total])).toEqual([
      ['Mopti', [1, 0, 2, 0], 3],
      ['Ségou', [0, 0, 1, 0], 1],
      ['Sikasso', [0, 0, 0, 1], 1],
      ['Tombouctou', [0, 0, 1, 0], 1],
    ]);
    expect(s.yearTotals).toEqual([1, 0, 4, 1]);
    expect(s.grandTotal).toBe(6);
    // The totals add up both ways.
    expect(s.rows.reduce((n, r) => n + r.total, 0)).toBe(s.grandTotal);
  });

  it('keeps mine incidents (factory-made and improvised AP) apart from the others', () => {
    const mines = incidentsByRegionYear(DATA, { family: 'apMine' });
    const others = incidentsByRegionYear(DATA, { family: 'other' });
    expect(mines.rows.map((r) => [r.nameFr, r.total])).toEqual([
      ['Mopti', 2],
      ['Sikasso', 1],
    ]);
    expect(others.rows.map((r) => [r.nameFr, r.total])).toEqual([
      ['Mopti', 1],
      ['Ségou', 1],
      ['Tombouctou', 1],
    ]);
    expect(mines.grandTotal + others.grandTotal).toBe(DATA.length);
  });

  it('bounds the years both ways and lists every year of the span, even empty ones', () => {
    const s = incidentsByRegionYear(DATA, { family: 'all', fromYear: 2020, toYear: 2023 });
    expect(s.years).toEqual([2020, 2021, 2022, 2023]);
    expect(s.yearTotals).toEqual([0, 4, 1, 0]);
    expect(incidentsByRegionYear(DATA, { family: 'all', fromYear: 2022 }).years).toEqual([2022]);
    expect(incidentsByRegionYear(DATA, { family: 'all', toYear: 2019 }).grandTotal).toBe(1);
  });

  it('gives an empty matrix when nothing matches', () => {
    expect(incidentsByRegionYear([], { family: 'all' })).toEqual({
      family: 'all',
      years: [],
      rows: [],
      yearTotals: [],
      grandTotal: 0,
    });
    const s = incidentsByRegionYear([], { family: 'apMine', fromYear: 2024, toYear: 2025 });
    expect([s.years, s.yearTotals, s.rows]).toEqual([[2024, 2025], [0, 0], []]);
  });

  it('orders rows in the alphabet of the language asked', () => {
    const s = incidentsByRegionYear(DATA, { family: 'all' });
    expect(summaryRowsIn(s.rows, 'en').map((r) => r.nameEn)).toEqual([
      'Mopti',
      'Ségou',
      'Sikasso',
      'Timbuktu',
    ]);
  });
});

describe('incidentsInYear', () => {
  it('counts one year by region, family, target, victim activation, with people totals', () => {
    const y = incidentsInYear(DATA, 2021);
    expect(y.incidents).toBe(4);
    expect([y.killed, y.injured]).toEqual([6, 12]);
    expect(y.byRegion.map((r) => [r.nameFr, r.incidents, r.killed, r.injured])).toEqual([
      ['Mopti', 2, 5, 8],
      ['Ségou', 1, 0, 2],
      ['Tombouctou', 1, 1, 2],
    ]);
    expect(y.byFamily).toEqual({ apMine: 1, avMine: 1, iedOther: 1, erw: 1, unknown: 0 });
    expect(y.byTarget).toEqual({
      civilian: 2,
      securityForces: 0,
      peacekeepers: 1,
      humanitarian: 0,
      unknown: 1,
    });
    expect(y.victimActivated).toBe(1);
  });

  it('does not count the casualties of command-detonated devices as mine casualties', () => {
    const y = incidentsInYear(DATA, 2021);
    expect(y.mineCasualties).toEqual({ killed: 1, injured: 2 });
  });

  it('answers zeros for a year without incidents', () => {
    const y = incidentsInYear(DATA, 2030);
    expect([y.incidents, y.killed, y.byRegion.length, y.byFamily.apMine]).toEqual([0, 0, 0, 0]);
  });
});

describe('incident families and schema', () => {
  it('sorts categories into families after the rule', () => {
    expect(deviceFamily('AP_MINE_IMPROVISED')).toBe('apMine');
    expect(deviceFamily('AV_MINE_IMPROVISED')).toBe('avMine');
    expect(deviceFamily('BOOBY_TRAP')).toBe('iedOther');
    expect(deviceFamily('CMR')).toBe('erw');
    expect(matchesFamily('AP_MINE', 'other')).toBe(false);
    expect(matchesFamily('IED_OTHER', 'other')).toBe(true);
  });

  it('wants both coordinates or neither', () => {
    const r = incidentInputSchema.safeParse({
      occurredOn: '2024-01-01',
      regionId: '00000000-0000-4000-8000-000000000000',
      lowerUnitId: null,
      latitude: 14.5,
      longitude: null,
      declaredCategory: 'UXO',
      activation: 'unknown',
      target: 'civilian',
      killedTotal: 0,
      injuredTotal: 0,
      reportedBy: 'Protection civile',
      reportedOn: '2024-01-02',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['longitude', 'hazard.errors.coordinatePair'],
    ]);
  });
});

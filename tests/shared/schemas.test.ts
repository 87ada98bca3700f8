import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../shared/api/validation';
import { isIsoDate } from '../../shared/domain/common';
import { countryProfileSchema } from '../../shared/domain/country';
import { hazardInputSchema } from '../../shared/domain/hazard';
import { CATALOGUES } from '../../shared/i18n/index';
import { MALI_PROFILE } from '../../shared/reference/mali';
import { sampleHazard } from '../helpers/store';

const REGION = '6f1f3c1e-7d4a-4b8e-9c2a-1a2b3c4d5e6f';

function issues(result: ReturnType<typeof hazardInputSchema.safeParse>) {
  return result.success ? [] : toFieldIssues(result.error).map((i) => `${i.path}:${i.messageKey}`);
}

describe('hazard input schema', () => {
  it('accepts a complete area and trims text', () => {
    const parsed = hazardInputSchema.parse({ ...sampleHazard(REGION), name: '  Champ  ' });
    expect(parsed.name).toBe('Champ');
  });

  it('names the field and a catalogue key for each problem', () => {
    const bad = {
      ...sampleHazard(REGION),
      code: 'A B',
      estimatedAreaM2: 12.5,
      recordedOn: '2026-02-30',
      source: '',
    };
    expect(issues(hazardInputSchema.safeParse(bad))).toEqual([
      'code:hazard.errors.codeChars',
      'estimatedAreaM2:validation.integer',
      'recordedOn:validation.date',
      'source:validation.required',
    ]);
  });

  it('asks for both coordinates or neither', () => {
    const half = { ...sampleHazard(REGION), latitude: 15, longitude: null };
    expect(issues(hazardInputSchema.safeParse(half))).toEqual(['longitude:hazard.errors.coordinatePair']);
  });

  it('refuses a date in the future and an AP mine said to be command-detonated', () => {
    const bad = {
      ...sampleHazard(REGION),
      recordedOn: '2999-01-01',
      devices: [{ declaredCategory: 'AP_MINE', activation: 'command', estimatedQuantity: null }],
    };
    expect(issues(hazardInputSchema.safeParse(bad))).toEqual([
      'recordedOn:validation.dateInFuture',
      'devices.0.activation:hazard.errors.apMineActivation',
    ]);
  });

  it('gives only catalogue keys, even for wrong types', () => {
    const result = hazardInputSchema.safeParse({ code: 5, devices: 'x', status: 'maybe' });
    expect(result.success).toBe(false);
    if (result.success) return;
    for (const issue of toFieldIssues(result.error)) expect(CATALOGUES.fr).toHaveProperty([issue.messageKey]);
  });
});

describe('country profile schema', () => {
  it("accepts Mali's reference profile", () => {
    expect(countryProfileSchema.parse(MALI_PROFILE)).toEqual(MALI_PROFILE);
  });

  it('refuses dates in the wrong order, on the field that is wrong', () => {
    const result = countryProfileSchema.safeParse({ ...MALI_PROFILE, entryIntoForceOn: '1998-01-01' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(toFieldIssues(result.error)).toEqual([
      { path: 'entryIntoForceOn', messageKey: 'profile.errors.forceBeforeRatified' },
    ]);
  });
});

describe('ISO dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('23/11/2026')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { countryProfileSchema } from '../../shared/domain/country';
import { MALI_PROFILE } from '../../shared/reference/mali';
import { validate } from '../../renderer/components/formErrors';
import { formFromProfile, inputFromForm, isDirty } from '../../renderer/features/profile/profileForm';

describe('profile form', () => {
  it('shows dates as jj/mm/aaaa and an empty current deadline', () => {
    const form = formFromProfile(MALI_PROFILE, 'fr');
    expect(form.signedOn).toBe('03/12/1997');
    expect(form.originalDeadline).toBe('01/03/2009');
    expect(form.currentDeadline).toBe('');
    expect(form['focalPoint.organisation']).toContain('SP-CNLPAL');
  });

  it('gives back the saved profile when nothing was changed', () => {
    const checked = validate(countryProfileSchema, inputFromForm(formFromProfile(MALI_PROFILE, 'en')));
    expect(checked).toEqual({ ok: true, value: MALI_PROFILE });
  });

  it('reads typed dates, an empty signature (accession) and a lower-case code', () => {
    const form = {
      ...formFromProfile(MALI_PROFILE, 'fr'),
      iso3: ' mli ',
      signedOn: '',
      currentDeadline: '1/3/2028',
    };
    const checked = validate(countryProfileSchema, inputFromForm(form));
    expect(checked.ok && checked.value).toMatchObject({
      iso3: 'MLI',
      signedOn: null,
      currentDeadline: '2028-03-01',
    });
  });

  it('leaves the wording of problems to the schema, by field path', () => {
    const form = {
      ...formFromProfile(MALI_PROFILE, 'fr'),
      ratifiedOn: '',
      entryIntoForceOn: '31/02/1999',
      'focalPoint.email': 'nobody',
    };
    const checked = validate(countryProfileSchema, inputFromForm(form));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(
      Object.fromEntries(Object.entries(checked.errors).map(([path, issue]) => [path, issue.messageKey])),
    ).toEqual({
      ratifiedOn: 'validation.required',
      entryIntoForceOn: 'validation.date',
      'focalPoint.email': 'validation.email',
    });
  });

  it('checks the order of dates once each date reads', () => {
    const form = { ...formFromProfile(MALI_PROFILE, 'fr'), currentDeadline: '01/03/2008' };
    const checked = validate(countryProfileSchema, inputFromForm(form));
    expect(checked.ok ? null : checked.errors).toEqual({
      currentDeadline: { path: 'currentDeadline', messageKey: 'profile.errors.currentBeforeOriginal' },
    });
  });

  it('knows when the form differs from the saved profile', () => {
    const saved = formFromProfile(MALI_PROFILE, 'fr');
    expect(isDirty(saved, saved)).toBe(false);
    expect(isDirty({ ...saved, authorityName: 'CNLAM' }, saved)).toBe(true);
  });
});

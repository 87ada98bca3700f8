import { describe, expect, it } from 'vitest';
import { extensionRequestDue, subtractMonths, treatyCalendar } from '../../shared/rules/calendar';
import { deadlineStatus } from '../../shared/rules/treatyDeadlines';

/** Mali: party from 1 March 1999, deadline 1 March 2009, no extension (domain.md §1). */
const mali = { entryIntoForceOn: '1999-03-01', originalDeadline: '2009-03-01', currentDeadline: null };

describe('subtractMonths', () => {
  it('moves back whole months, across years, landing on the last day of a shorter month', () => {
    expect(subtractMonths('2026-12-01', 9)).toBe('2026-03-01');
    expect(subtractMonths('2026-01-15', 9)).toBe('2025-04-15');
    expect(subtractMonths('2026-11-30', 9)).toBe('2026-02-28');
    expect(subtractMonths('2028-11-30', 9)).toBe('2028-02-29');
  });
});

describe('treatyCalendar', () => {
  it("gives Mali's next Article 7 report, its passed deadline and this year's request date", () => {
    const c = treatyCalendar(mali, '2026-01-10');
    expect(c.article7).toEqual({ kind: 'annual', dueOn: '2026-04-30', coversYear: 2025, daysLeft: 110 });
    expect(c.article5).toMatchObject({ kind: 'passed', deadline: '2009-03-01', extended: false });
    expect(c.extensionRequest).toEqual({
      meetingOn: '2026-12-01',
      meetingIsDefault: true,
      submitBy: '2026-03-01',
      daysLeft: 50,
      meetingAfterDeadline: false,
    });
  });

  it("takes next year's meeting once this year's submission date has passed", () => {
    const c = treatyCalendar(mali, '2026-11-30');
    expect(c.article7.dueOn).toBe('2027-04-30');
    expect(c.extensionRequest.meetingOn).toBe('2027-12-01');
    expect(c.extensionRequest.submitBy).toBe('2027-03-01');
    expect(c.extensionRequest.daysLeft).toBe(91);
  });

  it('uses the meeting date given, and counts days past a submission date already gone', () => {
    const c = treatyCalendar(mali, '2026-04-01', '2026-11-24');
    expect(c.extensionRequest).toMatchObject({
      meetingOn: '2026-11-24',
      meetingIsDefault: false,
      submitBy: '2026-02-24',
    });
    expect(c.extensionRequest.daysLeft).toBe(-36);
  });

  it('gives the initial report while its 180 days run', () => {
    const c = treatyCalendar(
      { entryIntoForceOn: '2026-03-01', originalDeadline: '2036-03-01', currentDeadline: null },
      '2026-05-01',
    );
    expect(c.article7).toMatchObject({ kind: 'initial', dueOn: '2026-08-28' });
    expect(c.article5).toMatchObject({ kind: 'upcoming', deadline: '2036-03-01', daysLeft: 3592 });
  });

  it('uses the extended deadline, and warns when the meeting falls after it', () => {
    const extended = { ...mali, currentDeadline: '2026-06-30' };
    const due = extensionRequestDue(deadlineStatus(extended, '2026-01-10'), '2026-01-10');
    expect(due.meetingAfterDeadline).toBe(true);
    const later = extensionRequestDue(
      deadlineStatus({ ...mali, currentDeadline: '2027-03-01' }, '2026-01-10'),
      '2026-01-10',
    );
    expect(later.meetingAfterDeadline).toBe(false);
  });
});

import { useState } from 'react';
import type { TreatyCalendar } from '../../../shared/rules/calendar';
import { parseDisplayDate } from '../../../shared/i18n/format';
import { useI18n } from '../../i18n/I18nContext';

interface Props {
  calendar: TreatyCalendar;
  meetingOn: string | null;
  onMeetingOn: (iso: string | null) => void;
}

/**
 * The next Article 7 report, the Article 5 deadline in force, and the day a request must reach the
 * ISU. The meeting date is the user's to give (it is announced each year); until then the calendar
 * assumes 1 December. The date given is saved in the settings (see OverviewSection).
 */
export function CalendarPanel({ calendar: c, meetingOn, onMeetingOn }: Props) {
  const { t, date } = useI18n();
  const saved = c.extensionRequest.meetingIsDefault ? null : c.extensionRequest.meetingOn;
  const initial = meetingOn ?? saved;
  const [typed, setTyped] = useState(initial ? date(initial) : '');
  const [invalid, setInvalid] = useState(false);
  const days = (n: number) =>
    n >= 0 ? t('overview.calendar.daysLeft', { days: n }) : t('overview.calendar.daysPast', { days: -n });
  const a7 = c.article7;
  const a5 = c.article5;
  const ext = c.extensionRequest;
  const apply = () => {
    if (typed.trim() === '') {
      setInvalid(false);
      onMeetingOn(null);
      return;
    }
    const iso = parseDisplayDate(typed);
    setInvalid(iso === null);
    if (iso) onMeetingOn(iso);
  };
  return (
    <section className="panel" aria-labelledby="overview-calendar-title">
      <h2 id="overview-calendar-title">{t('overview.calendar.title')}</h2>
      <ul className="overview-calendar">
        <li>
          <span className="overview-calendar-label">
            {a7.kind === 'initial'
              ? t('overview.calendar.article7.initial')
              : t('overview.calendar.article7.annual', { year: a7.coversYear })}
          </span>
          <strong>{date(a7.dueOn)}</strong>
          <span className="overview-calendar-days">{days(a7.daysLeft)}</span>
        </li>
        <li>
          <span className="overview-calendar-label">
            {t(
              a5.kind === 'upcoming'
                ? 'overview.calendar.article5.upcoming'
                : 'overview.calendar.article5.passed',
            )}
          </span>
          <strong>{date(a5.deadline)}</strong>
          <span className="overview-calendar-days">
            {days(a5.kind === 'upcoming' ? a5.daysLeft : -a5.daysPast)}
          </span>
        </li>
        <li>
          <span className="overview-calendar-label">{t('overview.calendar.extension')}</span>
          <strong>{date(ext.submitBy)}</strong>
          <span className="overview-calendar-days">{days(ext.daysLeft)}</span>
          <span className="overview-calendar-note">
            {t(ext.meetingIsDefault ? 'overview.calendar.meetingDefault' : 'overview.calendar.meeting', {
              date: date(ext.meetingOn),
            })}
          </span>
          {ext.meetingAfterDeadline ? (
            <span className="overview-calendar-note field-error">{t('overview.calendar.meetingLate')}</span>
          ) : null}
        </li>
      </ul>
      <label className="overview-meeting">
        {t('overview.calendar.meetingField')}
        <input
          type="text"
          inputMode="numeric"
          placeholder={t('admin.profile.hint.date')}
          value={typed}
          aria-invalid={invalid || undefined}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={apply}
          onKeyDown={(e) => {
            if (e.key === 'Enter') apply();
          }}
        />
      </label>
      {invalid ? (
        <p role="alert" className="field-error">
          {t('validation.date')}
        </p>
      ) : null}
    </section>
  );
}

import { useId } from 'react';
import { todayIso } from '../../../shared/domain/common';
import type { CountryProfile } from '../../../shared/domain/country';
import {
  deadlineStatus,
  expectedOriginalDeadline,
  nextArticle7Report,
  type Article7Due,
  type DeadlineStatus,
} from '../../../shared/rules/treatyDeadlines';
import { useI18n, type I18n } from '../../i18n/I18nContext';

function deadlineText(status: DeadlineStatus, { t, date }: I18n): string {
  const which = status.extended ? 'extended' : 'original';
  return status.kind === 'passed'
    ? t(`admin.profile.facts.passed.${which}`, { date: date(status.deadline) })
    : t(`admin.profile.facts.upcoming.${which}`, { date: date(status.deadline), days: status.daysLeft });
}

function article7Text(due: Article7Due, { t, date }: I18n): string {
  return due.kind === 'initial'
    ? t('admin.profile.facts.article7.initial', { date: date(due.dueOn) })
    : t('admin.profile.facts.article7.annual', { date: date(due.dueOn), year: String(due.coversYear) });
}

/**
 * What the saved dates mean today: where the Article 5 deadline stands, since when the State is
 * party, the next Article 7 report. Read-only, from the saved profile (not the form being typed).
 */
export function DeadlineFacts({ profile }: { profile: CountryProfile }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const titleId = useId();
  const today = todayIso();
  const status = deadlineStatus(profile, today);
  const expected = expectedOriginalDeadline(profile.entryIntoForceOn);
  return (
    <section className="panel profile-facts" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('admin.profile.facts.title', { date: date(today) })}</h2>
      <ul>
        <li className={status.kind === 'passed' ? 'profile-fact-alert' : 'profile-fact-main'}>
          {deadlineText(status, i18n)}
          {status.extended ? (
            <span className="profile-fact-detail">
              {t('admin.profile.facts.originalWas', { date: date(profile.originalDeadline) })}
            </span>
          ) : null}
          {status.kind === 'passed' && !status.extended ? (
            <span className="profile-fact-detail">{t('admin.profile.facts.newDeadlineProcedure')}</span>
          ) : null}
        </li>
        {profile.originalDeadline !== expected ? (
          <li className="profile-fact-warning">
            {t('admin.profile.facts.unexpectedOriginal', {
              date: date(profile.originalDeadline),
              expected: date(expected),
            })}
          </li>
        ) : null}
        <li>{t('admin.profile.facts.partySince', { date: date(profile.entryIntoForceOn) })}</li>
        <li>{article7Text(nextArticle7Report(profile.entryIntoForceOn, today), i18n)}</li>
      </ul>
    </section>
  );
}

import type { Reconciliation } from '../../../shared/rules/landRelease';
import { routeHash, sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';

/** Where a problem's record is: an area's page, an activity's form, or nowhere (a region). */
function problemLink(p: Reconciliation['problems'][number]): string | null {
  if (p.recordType === 'area') return routeHash({ page: 'hazardEdit', id: p.id });
  if (p.recordType === 'activity') return sectionHash('releases', p.id);
  return null;
}

/**
 * The reconciliation check (domain.md §4): remaining at the end = remaining at the start + new −
 * cancelled − reduced − cleared, shown as the equation, with every record that breaks it or a rule.
 */
export function ReconciliationPanel({ check }: { check: Reconciliation }) {
  const { t, area } = useI18n();
  const ok = check.balanced && check.problems.length === 0;
  return (
    <section className={`panel summary-block reconciliation ${ok ? 'is-ok' : 'is-wrong'}`}>
      <h2>{t('summary.check.title', { year: check.year })}</h2>
      <p className="equation">
        {t('summary.check.equation', {
          start: area(check.remainingAtStart.m2),
          added: area(check.newlyRecorded.m2),
          cancelled: area(check.cancelled),
          reduced: area(check.reduced),
          cleared: area(check.cleared),
          expected: area(check.expectedAtEndM2),
        })}
      </p>
      <p role="status" className="check-verdict">
        {ok
          ? t('summary.check.balanced', { end: area(check.remainingAtEnd.m2) })
          : t('summary.check.problems', { count: check.problems.length, end: area(check.remainingAtEnd.m2) })}
      </p>
      {check.problems.length > 0 ? (
        <ul className="check-problems">
          {check.problems.slice(0, 100).map((p) => {
            const href = problemLink(p);
            const text = t(p.messageKey, p.params);
            return <li key={`${p.kind}/${p.id}`}>{href ? <a href={href}>{text}</a> : text}</li>;
          })}
        </ul>
      ) : null}
      {check.problems.length > 100 ? (
        <p className="muted">{t('summary.check.more', { count: check.problems.length - 100 })}</p>
      ) : null}
    </section>
  );
}

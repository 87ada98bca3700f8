import type { ReportStatus } from '../../../shared/api/contracts/reports';
import { useI18n } from '../../i18n/I18nContext';

/** Draft or submitted, as a badge: the word itself, since both states matter as much. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return <span className={`report-badge report-badge-${status}`}>{t(`reports.status.${status}`)}</span>;
}

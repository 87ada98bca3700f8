import { isUuid } from '../../app/route';
import { ReportPage, REPORT_TABS, type ReportTab } from './ReportPage';
import { ReportsListPage } from './ReportsListPage';

/** `#/reports` (the list), `#/reports/<id>` (written fields), `#/reports/<id>/checks|preview|changes`. */
export function ReportsSection({ path }: { path: string[] }) {
  const [first, second] = path;
  if (isUuid(first) && path.length === 1) return <ReportPage id={first} tab="written" />;
  if (isUuid(first) && path.length === 2 && (REPORT_TABS as readonly string[]).includes(second ?? '')) {
    return <ReportPage id={first} tab={second as ReportTab} />;
  }
  return <ReportsListPage />;
}

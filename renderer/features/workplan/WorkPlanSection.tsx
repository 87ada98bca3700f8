import { WorkPlanPanel } from './WorkPlanPanel';
import { useI18n } from '../../i18n/I18nContext';

/**
 * `#/workplan/<versionId>`: the work plan of a request version on a page of its own (the request
 * page shows the same panel as a tab); a link can lead straight to it.
 */
export function WorkPlanSection({ path }: { path: string[] }) {
  const { t } = useI18n();
  const versionId = path[0];
  if (!versionId) return <p>{t('workplan.errors.noRequest')}</p>;
  return <WorkPlanPanel versionId={versionId} frozen={false} />;
}

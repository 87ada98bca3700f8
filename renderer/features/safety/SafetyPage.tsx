import { useI18n } from '../../i18n/I18nContext';
import { BackupsPanel } from './BackupsPanel';
import { ChangeHistoryPanel } from './ChangeHistoryPanel';
import { UserNamePanel } from './UserNamePanel';
import './safety.css';

/**
 * Data safety (issue 8): who is working (the name the history records), the backups with "back up
 * now" and restore, and the change history of every record with deleted records taken back.
 */
export function SafetyPage() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="safety-title" className="safety-page">
      <div className="page-header">
        <div>
          <h1 id="safety-title">{t('safety.ui.title')}</h1>
          <p>{t('safety.ui.subtitle')}</p>
        </div>
      </div>
      <UserNamePanel />
      <BackupsPanel />
      <ChangeHistoryPanel />
    </section>
  );
}

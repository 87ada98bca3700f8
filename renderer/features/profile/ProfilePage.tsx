import { useAppData } from '../../app/AppData';
import { useI18n } from '../../i18n/I18nContext';
import { DeadlineFacts } from './DeadlineFacts';
import { ProfileForm } from './ProfileForm';
import { useProfileForm } from './useProfileForm';
import './profile.css';

/** The country profile: the State Party's treaty dates and contacts, and what follows from them. */
export function ProfilePage() {
  const { t } = useI18n();
  const { profile } = useAppData();
  const api = useProfileForm();
  return (
    <div className="profile-page">
      <header className="page-header">
        <div>
          <h1>{t('admin.profile.title')}</h1>
          <p>{t('admin.profile.intro')}</p>
        </div>
      </header>
      <div className="profile-layout">
        {profile ? (
          <DeadlineFacts profile={profile} />
        ) : (
          <p className="panel profile-missing">{t('admin.profile.missing')}</p>
        )}
        <ProfileForm api={api} />
      </div>
    </div>
  );
}

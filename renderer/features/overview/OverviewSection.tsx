import { useState } from 'react';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/I18nContext';
import { CalendarPanel } from './CalendarPanel';
import { ChartsPanel } from './ChartsPanel';
import { KeyFigures } from './KeyFigures';
import './overview.css';

/** The start page: key figures, the Convention's calendar, and the four Article 5 charts. */
export function OverviewSection() {
  const { t } = useI18n();
  // Saved in the settings, so the calendar keeps the meeting date from one session to the next.
  const [meetingOn, setMeetingOnState] = useState<string | null>(null);
  const setMeetingOn = (value: string | null) => {
    setMeetingOnState(value);
    void callApi('settings.update', { decidingMeetingOn: value });
  };
  const overview = useApiQuery('overview.get', { meetingOn });
  const o = overview.value;
  return (
    <section aria-labelledby="overview-title" className="overview">
      <div className="page-header">
        <div>
          <h1 id="overview-title">{t('overview.title')}</h1>
          <p>{t('overview.subtitle')}</p>
        </div>
      </div>
      {overview.error ? (
        <p role="alert" className="field-error">
          {t(overview.error.messageKey, overview.error.params)}
        </p>
      ) : null}
      {!o ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : (
        <>
          <KeyFigures figures={o} />
          {o.calendar ? (
            <CalendarPanel calendar={o.calendar} meetingOn={meetingOn} onMeetingOn={setMeetingOn} />
          ) : null}
          <ChartsPanel period={o.chartPeriod} />
        </>
      )}
    </section>
  );
}

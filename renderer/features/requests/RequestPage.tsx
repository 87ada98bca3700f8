import { useState } from 'react';
import {
  ARTICLE5_SECTIONS,
  completenessOf,
  sectionNumber,
  SECTION_IDS,
  type SectionId,
  type SectionKind,
} from '../../../shared/domain/article5';
import { LANGUAGES, type Language } from '../../../shared/domain/common';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { useSavedFileNotice } from '../reports/savedFile';
import { RecordHistory } from '../safety/RecordHistory';
import { WorkPlanPanel } from '../workplan/WorkPlanPanel';
import { SectionEditor } from './SectionEditor';
import './requests.css';

/**
 * One version of a request: its sections in the order of domain.md §8 with their completeness,
 * the chosen section's guidance beside its editor, and the version's actions (submit, new
 * version, export the Word draft).
 */
export function RequestPage({ id, section }: { id: string; section: string | null }) {
  const { t, date } = useI18n();
  const { notify } = useNotices();
  const savedNotice = useSavedFileNotice();
  const version = useApiQuery('requests.version', { id });
  const [exportLang, setExportLang] = useState<Language | null>(null);
  const [busy, setBusy] = useState(false);
  const current: SectionId = (SECTION_IDS as readonly string[]).includes(section ?? '')
    ? (section as SectionId)
    : 'executiveSummary';

  if (version.error)
    return (
      <p role="alert" className="field-error">
        {t(version.error.messageKey, version.error.params)}
      </p>
    );
  const v = version.value;
  if (!v) return <p className="muted">{t('ui.app.loading')}</p>;
  const frozen = v.status === 'submitted';
  const lang = exportLang ?? v.request.language;
  const def = ARTICLE5_SECTIONS.find((s) => s.id === current)!;

  const act = async (method: 'requests.submit' | 'requests.newVersion') => {
    setBusy(true);
    const r = await callApi(method, { id });
    setBusy(false);
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    if (method === 'requests.submit') {
      notify({ kind: 'success', message: t('article5.actions.submitted', { version: r.value.version }) });
      return version.reload();
    }
    return navigateTo(sectionHash('requests', r.value.id, current));
  };
  const exportDocx = async () => {
    setBusy(true);
    const r = await callApi('requests.export', { id, lang });
    setBusy(false);
    savedNotice(r);
  };

  return (
    <section aria-labelledby="request-title" className="request-page">
      <p>
        <a href={sectionHash('requests')}>{t('article5.actions.back')}</a>
      </p>
      <div className="page-header">
        <div>
          <h1 id="request-title">{v.request.title}</h1>
          <p className="muted">
            {t(`article5.kind.${v.request.kind}`)} · {t('article5.field.requestedDeadline')}{' '}
            {date(v.request.requestedDeadline)} · {date(v.request.periodFrom)} – {date(v.request.periodTo)}
          </p>
        </div>
      </div>
      <div className="request-bar panel">
        <nav aria-label={t('article5.doc.version')} className="request-version-links">
          {v.request.versions.map((x) => (
            <a
              key={x.id}
              href={sectionHash('requests', x.id, current)}
              aria-current={x.id === id ? 'page' : undefined}
            >
              {t('article5.version.label', { version: x.version })} ·{' '}
              {x.submittedOn
                ? t('article5.version.submitted', { date: date(x.submittedOn) })
                : t('article5.version.draft')}
            </a>
          ))}
        </nav>
        <div className="request-actions">
          {frozen ? null : (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act('requests.submit')}
            >
              {t('article5.actions.submit')}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act('requests.newVersion')}
          >
            {t('article5.actions.newVersion')}
          </button>
          <label className="inline-select">
            {t('article5.field.language')}
            <select value={lang} onChange={(e) => setExportLang(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void exportDocx()}
          >
            {t('article5.actions.export')}
          </button>
        </div>
      </div>
      {frozen ? <p className="notice-frozen">{t('article5.version.frozen')}</p> : null}
      <div className="request-layout">
        <nav aria-label={t('article5.sections.heading')} className="request-sections">
          <ol>
            {ARTICLE5_SECTIONS.map((s) => {
              const marker =
                (s.kind as SectionKind) === 'generated' ? 'generated' : completenessOf(v.sections[s.id]);
              return (
                <li key={s.id} className={s.parent ? 'subsection' : undefined}>
                  <a
                    href={sectionHash('requests', id, s.id)}
                    aria-current={s.id === current ? 'page' : undefined}
                  >
                    <span>
                      {sectionNumber(s.id)}. {t(`article5.section.${s.id}`)}
                    </span>
                    <span className={`completeness completeness-${marker}`}>
                      {t(`article5.completeness.${marker}`)}
                    </span>
                  </a>
                </li>
              );
            })}
          </ol>
        </nav>
        <div className="request-section">
          <h2>
            {sectionNumber(current)}. {t(`article5.section.${current}`)}
          </h2>
          <div className="request-section-body">
            <SectionEditor
              key={`${id}-${current}`}
              versionId={id}
              section={current}
              written={v.sections[current]}
              frozen={frozen}
              onSaved={version.reload}
            />
            <aside className="request-guidance panel">
              <h3>{t('article5.editor.guidance')}</h3>
              <p>{t(`article5.guidance.${current}`)}</p>
              {def.kind !== 'written' ? <p className="muted">{t('article5.editor.generated')}</p> : null}
            </aside>
          </div>
          {current === 'workPlan' ? <WorkPlanPanel versionId={id} frozen={frozen} /> : null}
        </div>
      </div>
      <RecordHistory recordType="extension_request_versions" recordId={id} />
    </section>
  );
}

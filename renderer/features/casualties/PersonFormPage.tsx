import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { casualtyPersonInputSchema } from '../../../shared/domain/casualty';
import { callApi } from '../../api/client';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { LoadFailed } from '../stockpiles/kit/LoadFailed';
import { labelLookup, RecordForm } from '../stockpiles/kit/RecordForm';
import { useDraftForm } from '../../components/useDraftForm';
import { RecordHistory } from '../safety/RecordHistory';
import { PersonFields } from './PersonFields';
import { EMPTY_PERSON, personDraftOf, personInputOf, type PersonDraft } from './personDraft';
import './casualties.css';

/** Create (id null) or edit a person record. Validated here, then again by the handler. */
export function PersonFormPage({ id }: { id: string | null }) {
  const { t, lang, date } = useI18n();
  const { notify } = useNotices();
  const form = useDraftForm(
    casualtyPersonInputSchema,
    (d: PersonDraft) => personInputOf(d, lang),
    id ? null : EMPTY_PERSON,
  );
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [loadedDate, setLoadedDate] = useState<string | null>(null);
  const { draft, errors, change, setDraft } = form;

  useEffect(() => {
    if (!id) return;
    void callApi('casualties.getPerson', { id }).then((r) => {
      if (r.ok) {
        setDraft(personDraftOf(r.value, lang));
        setLoadedDate(r.value.occurredOn);
      } else setLoadError(r.error);
    });
    // Loaded once: a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const back = sectionHash('casualties');
  if (loadError) return <LoadFailed error={loadError} backHref={back} backLabel={t('casualty.form.back')} />;
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const submit = async () => {
    const saved = await form.submit((person) =>
      id ? callApi('casualties.updatePerson', { id, person }) : callApi('casualties.createPerson', person),
    );
    if (!saved) return;
    notify({
      kind: saved.warnings.length ? 'warning' : 'success',
      message: t('casualty.form.saved', { date: date(saved.person.occurredOn) }),
      details: saved.warnings.map((w) => t(w.messageKey, w.params)),
    });
    navigateTo(back);
  };

  return (
    <RecordForm
      form="casualty"
      title={
        id && loadedDate
          ? t('casualty.form.editTitle', { date: date(loadedDate) })
          : t('casualty.form.newTitle')
      }
      errors={errors}
      general={form.general}
      attempt={form.attempt}
      saving={form.saving}
      labelFor={labelLookup(t, 'casualty.field')}
      cancelHref={back}
      onSubmit={() => void submit()}
      after={id ? <RecordHistory recordType="casualty_persons" recordId={id} /> : null}
    >
      <PersonFields draft={draft} errors={errors} onChange={change} />
    </RecordForm>
  );
}

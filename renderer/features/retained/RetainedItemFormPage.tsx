import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { retainedItemInputSchema } from '../../../shared/domain/retained';
import { STOCKPILE_CATEGORIES } from '../../../shared/domain/stockpile';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { Field, SelectField, TextField } from '../../components/Field';
import { fieldId } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { bindText } from '../stockpiles/kit/fields';
import { LoadFailed } from '../stockpiles/kit/LoadFailed';
import { labelLookup, RecordForm } from '../stockpiles/kit/RecordForm';
import { useDraftForm } from '../../components/useDraftForm';
import { RecordHistory } from '../safety/RecordHistory';
import { emptyItemDraft, itemDraftOf, type ItemDraft } from './retainedDraft';

/** Create (id null) or edit retained mines of one type and lot at one authorised institution. */
export function RetainedItemFormPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const { notify } = useNotices();
  const form = useDraftForm(retainedItemInputSchema, (d: ItemDraft) => d, id ? null : emptyItemDraft());
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  // The institutions already named, offered as the user types so one is never spelt two ways.
  const institutions = useApiQuery('retained.list', { limit: 1 }).value?.institutions ?? [];
  const { draft, errors, change, setDraft } = form;

  useEffect(() => {
    if (!id) return;
    void callApi('retained.get', { id }).then((r) =>
      r.ok ? setDraft(itemDraftOf(r.value.item)) : setLoadError(r.error),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loaded once per record
  }, [id]);

  const back = id ? sectionHash('retained', id) : sectionHash('retained');
  if (loadError)
    return (
      <LoadFailed error={loadError} backHref={sectionHash('retained')} backLabel={t('retained.form.back')} />
    );
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const text = bindText('retained', 'retained.field', draft, errors, change, t);
  const submit = async () => {
    const saved = await form.submit((item) =>
      id ? callApi('retained.update', { id, item }) : callApi('retained.create', item),
    );
    if (!saved) return;
    notify({ kind: 'success', message: t('retained.saved', { institution: saved.institution }) });
    navigateTo(sectionHash('retained', saved.id));
  };

  return (
    <RecordForm
      form="retained"
      title={id ? t('retained.form.editTitle') : t('retained.form.newTitle')}
      errors={errors}
      general={form.general}
      attempt={form.attempt}
      saving={form.saving}
      labelFor={labelLookup(t, 'retained.field')}
      cancelHref={back}
      onSubmit={() => void submit()}
      after={id ? <RecordHistory recordType="retained_items" recordId={id} /> : null}
    >
      <fieldset className="form-section">
        <legend>{t('retained.form.section.what')}</legend>
        <p className="field-hint">{t('retained.form.balanceHint')}</p>
        <div className="form-grid">
          <Field
            id={fieldId('retained', 'institution')}
            label={t('retained.field.institution')}
            error={errors.institution}
            hint={t('retained.hint.institution')}
            required
            className="field-wide"
          >
            {(control) => (
              <>
                <input
                  {...control}
                  type="text"
                  list="retained-institutions"
                  maxLength={200}
                  autoComplete="off"
                  value={draft.institution}
                  onChange={(e) => change({ institution: e.target.value })}
                />
                <datalist id="retained-institutions">
                  {institutions.map((name) => (
                    <option key={name} value={name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <TextField
            {...text('mineType', { required: true, hint: t('stockpile.hint.mineType') })}
            maxLength={100}
          />
          <SelectField
            id={fieldId('retained', 'category')}
            label={t('retained.field.category')}
            value={draft.category}
            options={STOCKPILE_CATEGORIES.map((c) => ({ value: c, label: t(`device.${c}`) }))}
            error={errors.category}
            required
            onChange={(v) => change({ category: v as ItemDraft['category'] })}
          />
          <TextField {...text('lotNumber')} maxLength={100} />
          <TextField
            {...text('intendedPurpose', { hint: t('retained.hint.intendedPurpose') })}
            multiline
            className="field-wide"
            maxLength={1000}
          />
          <TextField {...text('source', { required: true })} className="field-wide" maxLength={300} />
          <TextField {...text('notes')} multiline className="field-wide" maxLength={4000} />
        </div>
      </fieldset>
    </RecordForm>
  );
}

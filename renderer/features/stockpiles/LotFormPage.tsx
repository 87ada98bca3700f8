import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { STOCKPILE_CATEGORIES, stockpileLotInputSchema } from '../../../shared/domain/stockpile';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { SelectField, TextField } from '../../components/Field';
import { fieldId } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { RecordHistory } from '../safety/RecordHistory';
import { bindText } from './kit/fields';
import { LoadFailed } from './kit/LoadFailed';
import { RadioGroup } from './kit/RadioGroup';
import { labelLookup, RecordForm } from './kit/RecordForm';
import { useDraftForm } from '../../components/useDraftForm';
import { emptyLotDraft, lotDraftOf, lotInputOf, type LotDraft } from './lotDraft';
import './kit/records.css';

/** What has been destroyed of the lot so far, from its destruction events. */
function LotDestroyed({ id, quantity }: { id: string; quantity: number }) {
  const { t, number } = useI18n();
  const events = useApiQuery('destruction.list', { stockpileLotId: id, limit: 1 });
  if (!events.value) return null;
  const destroyed = events.value.totalQuantity;
  return (
    <ul className="figure-strip" aria-label={t('stockpile.form.balance')}>
      <li>
        <span className="figure-value">{number(quantity)}</span>
        <span className="figure-label">{t('stockpile.column.declared')}</span>
      </li>
      <li>
        <span className="figure-value">{number(destroyed)}</span>
        <span className="figure-label">
          {events.value.total > 0 ? (
            <a href={sectionHash('destruction', 'lot', id)}>
              {t('stockpile.form.destroyedIn', { count: events.value.total })}
            </a>
          ) : (
            t('stockpile.column.destroyed')
          )}
        </span>
      </li>
      <li>
        <span className="figure-value">{number(quantity - destroyed)}</span>
        <span className="figure-label">{t('stockpile.column.remaining')}</span>
      </li>
    </ul>
  );
}

/** Create (id null) or edit a stockpile lot. What remains of it is never typed: it is derived. */
export function LotFormPage({ id }: { id: string | null }) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const form = useDraftForm(
    stockpileLotInputSchema,
    (d: LotDraft) => lotInputOf(d, lang),
    id ? null : emptyLotDraft(lang),
  );
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [savedQuantity, setSavedQuantity] = useState<number | null>(null);
  const { draft, errors, change, setDraft } = form;

  useEffect(() => {
    if (!id) return;
    void callApi('stockpiles.get', { id }).then((r) => {
      if (r.ok) {
        setDraft(lotDraftOf(r.value, lang));
        setSavedQuantity(r.value.quantity);
      } else setLoadError(r.error);
    });
    // Loaded once: a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (loadError) {
    return (
      <LoadFailed
        error={loadError}
        backHref={sectionHash('stockpiles')}
        backLabel={t('stockpile.form.back')}
      />
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const text = bindText('lot', 'stockpile.field', draft, errors, change, t);
  const submit = async () => {
    const saved = await form.submit((lot) =>
      id ? callApi('stockpiles.update', { id, lot }) : callApi('stockpiles.create', lot),
    );
    if (!saved) return;
    notify({ kind: 'success', message: t('stockpile.saved', { type: saved.mineType }) });
    navigateTo(sectionHash('stockpiles'));
  };

  return (
    <RecordForm
      form="lot"
      title={id ? t('stockpile.form.editTitle', { type: draft.mineType }) : t('stockpile.form.newTitle')}
      errors={errors}
      general={form.general}
      attempt={form.attempt}
      saving={form.saving}
      labelFor={labelLookup(t, 'stockpile.field')}
      cancelHref={sectionHash('stockpiles')}
      onSubmit={() => void submit()}
      after={id ? <RecordHistory recordType="stockpile_lots" recordId={id} /> : null}
    >
      {id && savedQuantity !== null ? <LotDestroyed id={id} quantity={savedQuantity} /> : null}
      <fieldset className="form-section">
        <legend>{t('stockpile.form.section.mines')}</legend>
        <div className="form-grid">
          <TextField
            {...text('mineType', { required: true, hint: t('stockpile.hint.mineType') })}
            maxLength={100}
          />
          <SelectField
            id={fieldId('lot', 'category')}
            label={t('stockpile.field.category')}
            value={draft.category}
            options={STOCKPILE_CATEGORIES.map((c) => ({ value: c, label: t(`device.${c}`) }))}
            error={errors.category}
            required
            onChange={(v) => change({ category: v as LotDraft['category'] })}
          />
          <TextField {...text('lotNumber', { hint: t('stockpile.hint.lotNumber') })} maxLength={100} />
          <TextField {...text('quantity', { required: true })} inputMode="numeric" />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('stockpile.form.section.origin')}</legend>
        <RadioGroup
          id={fieldId('lot', 'previouslyUnknown')}
          name="lot-origin"
          legend={t('stockpile.field.origin')}
          value={draft.previouslyUnknown ? 'previouslyUnknown' : 'declared'}
          options={[
            { value: 'declared', label: t('stockpile.origin.declared') },
            { value: 'previouslyUnknown', label: t('stockpile.origin.previouslyUnknownLong') },
          ]}
          error={errors.previouslyUnknown}
          required
          onChange={(v) => change({ previouslyUnknown: v === 'previouslyUnknown' })}
        />
        <div className="form-grid">
          {draft.previouslyUnknown ? (
            <TextField {...text('foundOn', { required: true, hint: t('ui.form.dateHint') })} />
          ) : null}
          <TextField {...text('declaredOn', { required: true, hint: t('ui.form.dateHint') })} />
          <TextField
            {...text('holder', { required: true, hint: t('stockpile.hint.holder') })}
            className="field-wide"
            maxLength={300}
          />
          <TextField
            {...text('source', { required: true, hint: t('stockpile.hint.source') })}
            className="field-wide"
            maxLength={300}
          />
          <TextField {...text('notes')} multiline className="field-wide" maxLength={4000} />
        </div>
      </fieldset>
    </RecordForm>
  );
}

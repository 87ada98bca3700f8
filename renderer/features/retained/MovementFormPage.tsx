import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import {
  CONSUMPTION_PURPOSES,
  MOVEMENT_KINDS,
  retainedMovementInputSchema,
  TRANSFER_DESTINATIONS,
  type ConsumptionPurpose,
  type MovementKind,
  type TransferDestination,
} from '../../../shared/domain/retained';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { SelectField, TextField } from '../../components/Field';
import { fieldId } from '../../components/formErrors';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { bindText } from '../stockpiles/kit/fields';
import { LoadFailed } from '../stockpiles/kit/LoadFailed';
import { RadioGroup } from '../stockpiles/kit/RadioGroup';
import { labelLookup, RecordForm } from '../stockpiles/kit/RecordForm';
import { useDraftForm } from '../../components/useDraftForm';
import {
  emptyMovementDraft,
  hasCounterpart,
  movementDraftOf,
  movementInputOf,
  type MovementDraft,
} from './retainedDraft';

/** A movement of retained mines: retained, received, consumed (and for what), or transferred out. */
export function MovementFormPage({ itemId, id }: { itemId: string; id: string | null }) {
  const { t, lang, number } = useI18n();
  const { notify } = useNotices();
  const form = useDraftForm(
    retainedMovementInputSchema,
    (d: MovementDraft) => movementInputOf(itemId, d, lang),
    id ? null : emptyMovementDraft(lang),
  );
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const detail = useApiQuery('retained.get', { id: itemId });
  const { draft, errors, change, setDraft } = form;

  useEffect(() => {
    if (!id) return;
    void callApi('retained.getMovement', { id }).then((r) =>
      r.ok ? setDraft(movementDraftOf(r.value, lang)) : setLoadError(r.error),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loaded once: a language switch keeps what was typed
  }, [id]);

  const back = sectionHash('retained', itemId);
  if (loadError)
    return <LoadFailed error={loadError} backHref={back} backLabel={t('retained.movement.back')} />;
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const item = detail.value?.item;
  const text = bindText('movement', 'retained.movement.field', draft, errors, change, t);
  const submit = async () => {
    const saved = await form.submit((movement) =>
      id
        ? callApi('retained.updateMovement', { id, movement })
        : callApi('retained.createMovement', movement),
    );
    if (!saved) return;
    notify({ kind: 'success', message: t('retained.movement.saved') });
    navigateTo(back);
  };

  return (
    <RecordForm
      form="movement"
      title={id ? t('retained.movement.editTitle') : t('retained.movement.newTitle')}
      errors={errors}
      general={form.general}
      attempt={form.attempt}
      saving={form.saving}
      labelFor={labelLookup(t, 'retained.movement.field')}
      cancelHref={back}
      onSubmit={() => void submit()}
    >
      {item ? (
        <p className="panel">
          {t('retained.movement.of', { institution: item.institution, type: item.mineType })}{' '}
          <strong>
            {t('retained.movement.balanceNow', { balance: number(detail.value?.balance ?? 0) })}
          </strong>
        </p>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('retained.movement.section')}</legend>
        <RadioGroup
          id={fieldId('movement', 'kind')}
          name="movement-kind"
          legend={t('retained.movement.field.kind')}
          value={draft.kind}
          options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`retained.kind.${k}`) }))}
          error={errors.kind}
          required
          onChange={(kind: MovementKind) => change({ kind })}
        />
        <div className="form-grid">
          <TextField {...text('occurredOn', { required: true, hint: t('ui.form.dateHint') })} />
          <TextField {...text('quantity', { required: true })} inputMode="numeric" />
          {draft.kind === 'consumed' ? (
            <SelectField
              id={fieldId('movement', 'purpose')}
              label={t('retained.movement.field.purpose')}
              value={draft.purpose}
              emptyLabel={t('ui.form.choose')}
              options={CONSUMPTION_PURPOSES.map((p) => ({ value: p, label: t(`retained.purpose.${p}`) }))}
              error={errors.purpose}
              required
              onChange={(v) => change({ purpose: v as ConsumptionPurpose | '' })}
            />
          ) : null}
          {draft.kind === 'transferredOut' ? (
            <SelectField
              id={fieldId('movement', 'destination')}
              label={t('retained.movement.field.destination')}
              value={draft.destination}
              emptyLabel={t('ui.form.choose')}
              options={TRANSFER_DESTINATIONS.map((d) => ({
                value: d,
                label: t(`retained.destination.${d}`),
              }))}
              error={errors.destination}
              required
              onChange={(v) => change({ destination: v as TransferDestination | '' })}
            />
          ) : null}
          {hasCounterpart(draft) ? (
            <TextField
              {...text('counterpart', {
                required: draft.kind === 'received' || draft.destination === 'institution',
                hint: t(draft.kind === 'received' ? 'retained.hint.from' : 'retained.hint.to'),
              })}
              label={t(
                draft.kind === 'received' ? 'retained.movement.field.from' : 'retained.movement.field.to',
              )}
              maxLength={200}
            />
          ) : null}
          <TextField
            {...text('description', { required: draft.purpose === 'other' && draft.kind === 'consumed' })}
            multiline
            className="field-wide"
            maxLength={1000}
          />
          <TextField {...text('source', { required: true })} className="field-wide" maxLength={300} />
        </div>
      </fieldset>
    </RecordForm>
  );
}

import {
  DESTRUCTION_CONTEXTS,
  destroysLot,
  type DestructionContext,
} from '../../../shared/domain/destruction';
import {
  ACTIVATION_MODES,
  classifyDevice,
  defaultActivation,
  DEVICE_CATEGORIES,
  type ActivationMode,
  type DeviceCategory,
} from '../../../shared/domain/devices';
import type { StockpileChoice } from '../../../shared/domain/stockpile';
import { useAppData } from '../../app/AppData';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { bindText } from '../stockpiles/kit/fields';
import { cerclesOf, sortedRegions, unitOptions } from '../units/unitTree';
import type { DestructionDraft } from './destructionDraft';

interface Props {
  draft: DestructionDraft;
  errors: FieldErrors;
  /** Every stockpile lot with what remains of it (this event's own quantity given back). */
  lots: readonly StockpileChoice[];
  onChange: (change: Partial<DestructionDraft>) => void;
}

/** The lots a context can destroy: declared ones for Article 4, previously unknown ones apart. */
function lotsFor(context: DestructionContext, lots: readonly StockpileChoice[], chosen: string) {
  return lots.filter(
    (l) => (context === 'unknownStockpile') === l.previouslyUnknown && (l.remaining > 0 || l.id === chosen),
  );
}

export function DestructionFields({ draft, errors, lots, onChange }: Props) {
  const { t, lang, number } = useI18n();
  const { units } = useAppData();
  const id = (path: string) => fieldId('destruction', path);
  const text = bindText('destruction', 'destruction.field', draft, errors, onChange, t);
  const cercles = draft.regionId ? cerclesOf(units, draft.regionId, lang) : [];
  const rule = draft.declaredCategory ? classifyDevice(draft.declaredCategory, draft.activation) : null;
  const lot = lots.find((l) => l.id === draft.stockpileLotId);
  const lotLabel = (l: StockpileChoice) =>
    t('destruction.lotChoice', {
      type: l.lotNumber ? t('destruction.lotLabel', { type: l.mineType, lot: l.lotNumber }) : l.mineType,
      remaining: number(l.remaining),
    });

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('destruction.form.section.what')}</legend>
        <div className="two-columns">
          <SelectField
            id={id('context')}
            label={t('destruction.field.context')}
            value={draft.context}
            options={DESTRUCTION_CONTEXTS.map((c) => ({ value: c, label: t(`destruction.context.${c}`) }))}
            error={errors.context}
            required
            onChange={(v) => {
              const context = v as DestructionContext;
              // A lot belongs to stockpile destruction only, and to one kind of stockpile.
              const keep =
                destroysLot(context) && lotsFor(context, lots, '').some((l) => l.id === draft.stockpileLotId);
              onChange({ context, ...(keep ? {} : { stockpileLotId: '' }) });
            }}
          />
          {destroysLot(draft.context) ? (
            <SelectField
              id={id('stockpileLotId')}
              label={t('destruction.field.stockpileLotId')}
              value={draft.stockpileLotId}
              emptyLabel={t('ui.form.choose')}
              options={lotsFor(draft.context, lots, draft.stockpileLotId).map((l) => ({
                value: l.id,
                label: lotLabel(l),
              }))}
              error={errors.stockpileLotId}
              hint={t('destruction.hint.lot')}
              required
              onChange={(stockpileLotId) => {
                const chosen = lots.find((l) => l.id === stockpileLotId);
                // Mines of a stockpile lot are of the lot's category, and set off by a person.
                onChange({
                  stockpileLotId,
                  ...(chosen ? { declaredCategory: chosen.category, activation: 'person' as const } : {}),
                });
              }}
            />
          ) : null}
        </div>
        <div className="device-grid">
          <SelectField
            id={id('declaredCategory')}
            label={t('destruction.field.declaredCategory')}
            value={draft.declaredCategory}
            emptyLabel={t('ui.form.choose')}
            options={DEVICE_CATEGORIES.map((c) => ({ value: c, label: t(`device.${c}`) }))}
            error={errors.declaredCategory}
            required
            onChange={(v) => {
              const category = v as DeviceCategory | '';
              onChange({
                declaredCategory: category,
                ...(category ? { activation: defaultActivation(category) } : {}),
              });
            }}
          />
          <SelectField
            id={id('activation')}
            label={t('destruction.field.activation')}
            value={draft.activation}
            options={ACTIVATION_MODES.map((m) => ({ value: m, label: t(`activation.${m}`) }))}
            error={errors.activation}
            required
            onChange={(v) => onChange({ activation: v as ActivationMode })}
          />
          <TextField
            {...text('quantity', {
              required: true,
              hint: lot
                ? t('destruction.hint.remaining', { count: lot.remaining, remaining: number(lot.remaining) })
                : undefined,
            })}
            inputMode="numeric"
          />
        </div>
        {rule?.reclassifiedBecause ? (
          <p className="reclassification" role="note">
            {t(`reclassification.${rule.reclassifiedBecause}`)}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('destruction.form.section.where')}</legend>
        <div className="form-grid">
          <TextField {...text('destroyedOn', { required: true, hint: t('ui.form.dateHint') })} />
          <SelectField
            id={id('regionId')}
            label={t('destruction.field.regionId')}
            value={draft.regionId}
            emptyLabel={t('ui.form.choose')}
            options={unitOptions(sortedRegions(units, lang), lang)}
            error={errors.regionId}
            required
            onChange={(regionId) => {
              const keep = cerclesOf(units, regionId, lang).some((c) => c.id === draft.lowerUnitId);
              onChange({ regionId, ...(keep ? {} : { lowerUnitId: '' }) });
            }}
          />
          <SelectField
            id={id('lowerUnitId')}
            label={t('destruction.field.lowerUnitId')}
            value={draft.lowerUnitId}
            emptyLabel={t(
              !draft.regionId
                ? 'ui.hazard.hint.chooseRegion'
                : cercles.length
                  ? 'ui.form.none'
                  : 'ui.hazard.hint.noCercle',
            )}
            options={unitOptions(cercles, lang)}
            error={errors.lowerUnitId}
            disabled={cercles.length === 0}
            onChange={(lowerUnitId) => onChange({ lowerUnitId })}
          />
          <TextField {...text('locality')} maxLength={200} />
          <TextField {...text('operator', { hint: t('destruction.hint.operator') })} maxLength={200} />
          <TextField
            {...text('source', { required: true, hint: t('destruction.hint.source') })}
            className="field-wide"
            maxLength={300}
          />
          <TextField {...text('notes')} multiline className="field-wide" maxLength={4000} />
        </div>
      </fieldset>
    </>
  );
}

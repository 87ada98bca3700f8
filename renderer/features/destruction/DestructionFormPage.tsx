import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import { destructionInputSchema } from '../../../shared/domain/destruction';
import type { StockpileChoice } from '../../../shared/domain/stockpile';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { LoadFailed } from '../stockpiles/kit/LoadFailed';
import { labelLookup, RecordForm } from '../stockpiles/kit/RecordForm';
import { useDraftForm } from '../../components/useDraftForm';
import { RecordHistory } from '../safety/RecordHistory';
import { DestructionFields } from './DestructionFields';
import {
  destructionDraftOf,
  destructionInputOf,
  emptyDestructionDraft,
  type DestructionDraft,
} from './destructionDraft';
import '../stockpiles/kit/records.css';

/** A new event on a given lot starts as its destruction: context, lot, category and activation set. */
function draftForLot(lang: 'fr' | 'en', lot: StockpileChoice): DestructionDraft {
  return {
    ...emptyDestructionDraft(lang),
    context: lot.previouslyUnknown ? 'unknownStockpile' : 'stockpile',
    stockpileLotId: lot.id,
    declaredCategory: lot.category,
    activation: 'person',
  };
}

/** Create (id null, optionally on a lot) or edit a destruction event. */
export function DestructionFormPage({ id, lotId }: { id: string | null; lotId: string | null }) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const form = useDraftForm(
    destructionInputSchema,
    (d: DestructionDraft) => destructionInputOf(d, lang),
    id || lotId ? null : emptyDestructionDraft(lang),
  );
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  // What this event itself destroyed of its lot when it was loaded: given back to what remains.
  const [own, setOwn] = useState<{ lotId: string; quantity: number } | null>(null);
  const choices = useApiQuery('stockpiles.choices', {});
  const { draft, setDraft } = form;

  useEffect(() => {
    if (!id) return;
    void callApi('destruction.get', { id }).then((r) => {
      if (!r.ok) return setLoadError(r.error);
      setDraft(destructionDraftOf(r.value, lang));
      if (r.value.stockpileLotId) setOwn({ lotId: r.value.stockpileLotId, quantity: r.value.quantity });
    });
    // Loaded once: a language switch must not discard what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  useEffect(() => {
    if (id || !lotId || draft || !choices.value) return;
    const lot = choices.value.find((l) => l.id === lotId);
    setDraft(lot ? draftForLot(lang, lot) : emptyDestructionDraft(lang));
    // Preset once, when the lots have arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [choices.value]);

  if (loadError) {
    return (
      <LoadFailed
        error={loadError}
        backHref={sectionHash('destruction')}
        backLabel={t('destruction.form.back')}
      />
    );
  }
  if (!draft) return <p className="muted">{t('ui.app.loading')}</p>;

  const lots = (choices.value ?? []).map((l) =>
    own && l.id === own.lotId ? { ...l, remaining: l.remaining + own.quantity } : l,
  );
  const submit = async () => {
    const saved = await form.submit((event) =>
      id ? callApi('destruction.update', { id, event }) : callApi('destruction.create', event),
    );
    if (!saved) return;
    notify({ kind: 'success', message: t('destruction.saved') });
    navigateTo(lotId ? sectionHash('stockpiles') : sectionHash('destruction'));
  };

  return (
    <RecordForm
      form="destruction"
      title={id ? t('destruction.form.editTitle') : t('destruction.form.newTitle')}
      errors={form.errors}
      general={form.general}
      attempt={form.attempt}
      saving={form.saving}
      labelFor={labelLookup(t, 'destruction.field')}
      cancelHref={lotId ? sectionHash('stockpiles') : sectionHash('destruction')}
      onSubmit={() => void submit()}
      after={id ? <RecordHistory recordType="destruction_events" recordId={id} /> : null}
    >
      <DestructionFields draft={draft} errors={form.errors} lots={lots} onChange={form.change} />
    </RecordForm>
  );
}

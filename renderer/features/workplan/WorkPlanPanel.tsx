import { useEffect, useMemo, useState } from 'react';
import type { WorkPlanComputed } from '../../../shared/api/contracts/workplan';
import type { ApiError } from '../../../shared/api/envelope';
import { WORKPLAN_SCENARIOS, type WorkPlanScenario } from '../../../shared/domain/workplan';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useI18n } from '../../i18n/I18nContext';
import { check, draftOf, fromText, setIn, type Draft, type Path } from './draft';
import { ParametersForm } from './ParametersForm';
import { Milestones, PlanSummary } from './PlanResults';
import { RegionsForm } from './RegionsForm';
import './workplan.css';

/** How long typing pauses before the plan is computed again. */
const RECOMPUTE_DELAY_MS = 300;

/**
 * The work plan of one request version: parameters per scenario as a form, both plans computed
 * as the user types (not saved until asked), the milestones, the completion date against the
 * requested deadline, and the arithmetic behind every figure. A submitted version is read only.
 */
export function WorkPlanPanel({ versionId, frozen }: { versionId: string; frozen: boolean }) {
  const { t, date } = useI18n();
  const state = useApiQuery('workplan.get', { versionId });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [computed, setComputed] = useState<WorkPlanComputed | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const readOnly = frozen || Boolean(state.value?.frozen);

  // Until the user changes something, the draft is what the store holds (or the defaults).
  const stored = useMemo(() => (state.value ? draftOf(state.value.parameters) : null), [state.value]);
  const current = draft ?? stored;
  const checked = useMemo(() => (current ? check(current) : null), [current]);
  const parameters = checked?.parameters ?? null;
  useEffect(() => {
    if (!parameters) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      void callApi('workplan.compute', { versionId, parameters }).then((res) => {
        if (!current) return;
        if (res.ok) setComputed(res.value);
        else setFailure(res.error);
      });
    }, RECOMPUTE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [versionId, parameters]);

  if (state.error && !state.value)
    return <p className="field-error">{t(state.error.messageKey, state.error.params)}</p>;
  if (!state.value || !current || !checked) return <p aria-busy="true">{t('workplan.title')}…</p>;
  const s = state.value;

  const change = (scenario: WorkPlanScenario, path: Path, text: string) => {
    setMessage(null);
    setDraft((held) => {
      const d = held ?? current;
      return { ...d, [scenario]: setIn(d[scenario], path, fromText(text)) };
    });
  };
  const changeRegion = (scenario: WorkPlanScenario, regionId: string | null, field: string, text: string) => {
    setMessage(null);
    setDraft((held) => {
      const d = held ?? current;
      const p = d[scenario];
      const value = fromText(text);
      if (field === 'm2PerYear') {
        const list = ((p.newContamination ?? []) as { regionId: string | null; m2PerYear: unknown }[]).filter(
          (n) => n.regionId !== regionId,
        );
        if (value !== null) list.push({ regionId, m2PerYear: value });
        return { ...d, [scenario]: { ...p, newContamination: list } };
      }
      const access = [...((p.access ?? []) as Record<string, unknown>[])];
      let index = access.findIndex((a) => a.regionId === regionId);
      if (index < 0) index = access.push({ regionId, accessiblePercent: 100, fullFromYear: null }) - 1;
      return { ...d, [scenario]: { ...p, access: setIn(access, [index, field], value) } };
    });
  };
  const save = async () => {
    if (!checked.parameters) return;
    setFailure(null);
    for (const scenario of WORKPLAN_SCENARIOS) {
      const res = await callApi('workplan.save', {
        versionId,
        scenario,
        parameters: checked.parameters[scenario],
      });
      if (!res.ok) return setFailure(res.error);
    }
    setMessage(t('workplan.saved'));
    state.reload();
  };
  const takeDefaults = async () => {
    const res = await callApi('workplan.defaults', { versionId });
    if (!res.ok) return setFailure(res.error);
    setDraft(draftOf(res.value.parameters));
    setMessage(t('workplan.defaultsTaken', { year: String(res.value.capacityYear ?? '—') }));
  };

  return (
    <section className="workplan" aria-labelledby="workplan-title">
      <h2 id="workplan-title">{t('workplan.title')}</h2>
      <p className="workplan-intro">{t('workplan.intro', { date: date(s.asOf) })}</p>
      {readOnly ? <p className="workplan-frozen">{t('workplan.frozen')}</p> : null}
      {!readOnly && !s.saved.current && !s.saved.proposed ? (
        <p className="field-hint">{t('workplan.unsaved')}</p>
      ) : null}
      <div className="workplan-forms">
        <ParametersForm draft={current} errors={checked.errors} frozen={readOnly} onChange={change} />
        <RegionsForm
          regions={s.regions}
          draft={current}
          errors={checked.errors}
          frozen={readOnly}
          onRegion={changeRegion}
        />
      </div>
      {!readOnly ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!checked.parameters}
            onClick={() => void save()}
          >
            {t('workplan.save')}
          </button>
          <button type="button" className="button" onClick={() => void takeDefaults()}>
            {t('workplan.defaults')}
          </button>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      {failure ? (
        <p className="field-error" role="alert">
          {t(failure.messageKey, failure.params)}
        </p>
      ) : null}
      {computed ? (
        <>
          <h2>{t('workplan.result.title')}</h2>
          <PlanSummary plans={computed.plans} deadline={computed.requestedDeadline} />
          {computed.plans.map((p) => (
            <Milestones key={p.scenario} plan={p} regions={computed.regions} />
          ))}
        </>
      ) : null}
    </section>
  );
}

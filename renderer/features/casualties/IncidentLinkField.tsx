import type { IncidentListRow } from '../../../shared/domain/incident';
import { parseDisplayDate } from '../../../shared/i18n/format';
import { useApiQuery } from '../../api/useApiQuery';
import { SelectField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import type { PersonDraft } from './personDraft';

interface Props {
  draft: PersonDraft;
  errors: FieldErrors;
  onChange: (change: Partial<PersonDraft>) => void;
}

/** The year of what was typed as the date (`12/05/2024`, or a year alone), if any. */
function yearOf(text: string): number | null {
  const iso = parseDisplayDate(text);
  const match = /\b(\d{4})\b/.exec(iso ?? text);
  return match ? Number(match[1]) : null;
}

/**
 * The incident the person was a casualty of, chosen among the incidents of the region and year
 * typed. Choosing one copies its date, place, device and target, which the handler requires to
 * agree with it.
 */
export function IncidentLinkField(props: Props) {
  const year = yearOf(props.draft.occurredOn);
  if (props.draft.regionId === '' || year === null) return <LinkSelect {...props} rows={null} />;
  return <RegionYearIncidents {...props} regionId={props.draft.regionId} year={year} />;
}

function RegionYearIncidents(props: Props & { regionId: string; year: number }) {
  const { regionId, year } = props;
  const incidents = useApiQuery('incidents.list', {
    regionId,
    year,
    sort: 'occurredOn',
    direction: 'asc',
    limit: 1000,
  });
  return <LinkSelect {...props} rows={incidents.value?.rows ?? []} />;
}

/** `rows` null: the region and year are not known yet, so there is nothing to choose from. */
function LinkSelect({ draft, errors, onChange, rows }: Props & { rows: IncidentListRow[] | null }) {
  const { t, date, lang } = useI18n();
  const label = (i: IncidentListRow) =>
    t('casualty.incidentOption', {
      date: date(i.occurredOn),
      place: i.locality || (lang === 'fr' ? i.regionNameFr : i.regionNameEn),
      device: t(`device.${i.category}`),
      killed: i.killedTotal,
      injured: i.injuredTotal,
    });
  const options = (rows ?? []).map((i) => ({ value: i.id, label: label(i) }));
  // A link kept from before (incident deleted, or of another year) stays visible, to be seen and removed.
  if (draft.incidentId && !options.some((o) => o.value === draft.incidentId)) {
    options.unshift({ value: draft.incidentId, label: t('casualty.incidentElsewhere') });
  }
  const pick = (id: string) => {
    const i = rows?.find((r) => r.id === id);
    if (!i) return onChange({ incidentId: id });
    return onChange({
      incidentId: i.id,
      occurredOn: date(i.occurredOn),
      regionId: i.regionId,
      lowerUnitId: i.lowerUnitId ?? '',
      locality: i.locality,
      declaredCategory: i.declaredCategory,
      activation: i.activation,
      ...(draft.civilianStatus === '' ? { civilianStatus: i.target } : {}),
    });
  };
  return (
    <SelectField
      id={fieldId('casualty', 'incidentId')}
      label={t('casualty.field.incidentId')}
      hint={
        rows === null
          ? t('casualty.hint.incidentIdFirst')
          : t('casualty.hint.incidentId', { count: rows.length })
      }
      value={draft.incidentId}
      emptyLabel={t('casualty.noIncident')}
      options={options}
      error={errors.incidentId}
      className="field-wide"
      onChange={pick}
    />
  );
}

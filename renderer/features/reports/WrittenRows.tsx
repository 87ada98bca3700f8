import type { Article7Written } from '../../../shared/domain/article7';
import { SelectField, TextField } from '../../components/Field';
import { fieldId, type FieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nContext';
import { BilingualField } from './BilingualField';
import { EMPTY_TEXT, type TechnicalDraft } from './writtenDraft';

type Facility = Article7Written['facilities'][number];
type Programme = Article7Written['programmes'][number];

interface RowsProps<R> {
  rows: R[];
  errors: FieldErrors;
  onChange: (rows: R[]) => void;
}

/** Replaces row i with a changed copy. */
function patch<R>(rows: R[], i: number, change: Partial<R>): R[] {
  return rows.map((r, j) => (j === i ? { ...r, ...change } : r));
}

function RowBox({
  title,
  onRemove,
  children,
}: {
  title: string;
  onRemove: () => void;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="written-row">
      <div className="written-row-head">
        <h4>{title}</h4>
        <button type="button" className="button" onClick={onRemove}>
          {t('reports.written.removeRow')}
        </button>
      </div>
      {children}
    </div>
  );
}

/** Form E: facilities converted or decommissioned. */
export function FacilityRows({ rows, errors, onChange }: RowsProps<Facility>) {
  const { t } = useI18n();
  return (
    <>
      {rows.map((row, i) => (
        <RowBox
          key={i}
          title={t('reports.written.rowN', { n: i + 1 })}
          onRemove={() => onChange(rows.filter((_, j) => j !== i))}
        >
          <div className="form-grid">
            <TextField
              id={fieldId('report', `facilities.${i}.facility`)}
              label={t('reports.written.facility')}
              value={row.facility}
              error={errors[`facilities.${i}.facility`]}
              onChange={(facility) => onChange(patch(rows, i, { facility }))}
            />
            <SelectField
              id={fieldId('report', `facilities.${i}.action`)}
              label={t('reports.written.action')}
              value={row.action}
              options={(['convert', 'decommission'] as const).map((v) => ({
                value: v,
                label: t(`reports.written.action.${v}`),
              }))}
              onChange={(v) => onChange(patch(rows, i, { action: v as Facility['action'] }))}
            />
            <SelectField
              id={fieldId('report', `facilities.${i}.status`)}
              label={t('reports.written.facilityStatus')}
              value={row.status}
              options={(['inProgress', 'completed'] as const).map((v) => ({
                value: v,
                label: t(`reports.written.facilityStatus.${v}`),
              }))}
              onChange={(v) => onChange(patch(rows, i, { status: v as Facility['status'] }))}
            />
          </div>
          <BilingualField
            path={`facilities.${i}.notes`}
            label={t('reports.written.notes')}
            value={row.notes}
            errors={errors}
            onChange={(notes) => onChange(patch(rows, i, { notes }))}
          />
        </RowBox>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          onChange([
            ...rows,
            { facility: '', action: 'decommission', status: 'inProgress', notes: EMPTY_TEXT },
          ])
        }
      >
        {t('reports.written.addFacility')}
      </button>
    </>
  );
}

/** Form F: destruction programmes, for stockpiles and for mined areas. */
export function ProgrammeRows({ rows, errors, onChange }: RowsProps<Programme>) {
  const { t } = useI18n();
  return (
    <>
      {rows.map((row, i) => (
        <RowBox
          key={i}
          title={t('reports.written.rowN', { n: i + 1 })}
          onRemove={() => onChange(rows.filter((_, j) => j !== i))}
        >
          <SelectField
            id={fieldId('report', `programmes.${i}.kind`)}
            label={t('reports.written.programmeKind')}
            value={row.kind}
            options={(['stockpiles', 'minedAreas'] as const).map((v) => ({
              value: v,
              label: t(`reports.written.programmeKind.${v}`),
            }))}
            onChange={(v) => onChange(patch(rows, i, { kind: v as Programme['kind'] }))}
          />
          {(['methods', 'sites', 'standards'] as const).map((field) => (
            <BilingualField
              key={field}
              path={`programmes.${i}.${field}`}
              label={t(`reports.written.${field}`)}
              value={row[field]}
              errors={errors}
              onChange={(text) => onChange(patch(rows, i, { [field]: text }))}
            />
          ))}
        </RowBox>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          onChange([
            ...rows,
            { kind: 'minedAreas', methods: EMPTY_TEXT, sites: EMPTY_TEXT, standards: EMPTY_TEXT },
          ])
        }
      >
        {t('reports.written.addProgramme')}
      </button>
    </>
  );
}

/** Form H: technical characteristics of each type produced, held or possessed. */
export function TechnicalRows({ rows, errors, onChange }: RowsProps<TechnicalDraft>) {
  const { t } = useI18n();
  const text = (
    i: number,
    field: 'mineType' | 'dimensions' | 'fuzing' | 'explosiveType' | 'explosiveGrams' | 'metallicGrams',
  ) => (
    <TextField
      id={fieldId('report', `technical.${i}.${field}`)}
      label={t(`reports.written.${field}`)}
      value={rows[i]![field]}
      inputMode={field.endsWith('Grams') ? 'decimal' : 'text'}
      error={errors[`technical.${i}.${field}`]}
      onChange={(value) => onChange(patch(rows, i, { [field]: value }))}
    />
  );
  return (
    <>
      {rows.map((row, i) => (
        <RowBox
          key={i}
          title={t('reports.written.rowN', { n: i + 1 })}
          onRemove={() => onChange(rows.filter((_, j) => j !== i))}
        >
          <div className="form-grid">
            {text(i, 'mineType')}
            {text(i, 'dimensions')}
            {text(i, 'fuzing')}
            {text(i, 'explosiveType')}
            {text(i, 'explosiveGrams')}
            {text(i, 'metallicGrams')}
          </div>
          <BilingualField
            path={`technical.${i}.otherData`}
            label={t('reports.written.otherData')}
            value={row.otherData}
            errors={errors}
            onChange={(otherData) => onChange(patch(rows, i, { otherData }))}
          />
        </RowBox>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          onChange([
            ...rows,
            {
              mineType: '',
              dimensions: '',
              fuzing: '',
              explosiveType: '',
              explosiveGrams: '',
              metallicGrams: '',
              otherData: EMPTY_TEXT,
            },
          ])
        }
      >
        {t('reports.written.addTechnical')}
      </button>
    </>
  );
}

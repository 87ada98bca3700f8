import { useId } from 'react';
import type { ColumnPlan, SheetPlan } from '../../../shared/domain/importing';
import {
  OPERATOR_RETURN_COLUMNS,
  RECORD_TYPES,
  columnHeader,
  type RecordType,
} from '../../../shared/domain/operatorReturn';
import { useI18n } from '../../i18n/I18nContext';
import { duplicateKeys, missingRequired, rematch, sampleValues } from './mapping';

interface SheetMappingProps {
  sheet: SheetPlan;
  /** The plan Balise proposed for this sheet: switching back to its type restores its columns. */
  proposed: SheetPlan;
  samples: readonly (readonly string[])[] | undefined;
  disabled: boolean;
  onChange: (sheet: SheetPlan) => void;
  /** The columns matched to another record type by the engine (its synonyms); null if it cannot. */
  matchAs: (sheet: string, kind: RecordType) => Promise<ColumnPlan[] | null>;
}

/** One sheet of the file: the record type it holds, and which template column each file column fills. */
export function SheetMapping({ sheet, proposed, samples, disabled, onChange, matchAs }: SheetMappingProps) {
  const { t } = useI18n();
  const id = useId();
  const kind = sheet.kind;
  const templateColumns = kind ? OPERATOR_RETURN_COLUMNS[kind] : [];
  const missing = missingRequired(sheet);
  const twice = duplicateKeys(sheet);
  const headerOf = (key: string) => {
    const column = templateColumns.find((c) => c.key === key);
    return column ? columnHeader(column, t) : key;
  };

  const setKind = async (next: RecordType | null) => {
    if (next === null || next === proposed.kind) {
      onChange({
        ...sheet,
        kind: next,
        columns: next === null ? rematch(sheet.columns, null) : proposed.columns,
      });
      return;
    }
    // The engine knows the synonyms; the headers alone serve if it cannot answer.
    const matched = await matchAs(sheet.sheet, next);
    const same =
      matched?.length === sheet.columns.length &&
      matched.every((c, i) => c.index === sheet.columns[i]?.index);
    onChange({ ...sheet, kind: next, columns: same && matched ? matched : rematch(sheet.columns, next) });
  };
  const setKey = (index: number, key: string | null) =>
    onChange({ ...sheet, columns: sheet.columns.map((c) => (c.index === index ? { ...c, key } : c)) });

  return (
    <fieldset className="import-sheet" disabled={disabled}>
      <legend>{t('import.ui.mapping.sheet', { sheet: sheet.sheet })}</legend>
      <div className="field import-kind">
        <label htmlFor={`${id}-kind`}>{t('import.ui.mapping.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind ?? ''}
          onChange={(e) => void setKind(e.target.value === '' ? null : (e.target.value as RecordType))}
        >
          <option value="">{t('import.ui.mapping.skipSheet')}</option>
          {RECORD_TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`template.sheet.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === null ? (
        <p className="muted">{t('import.ui.mapping.skipped')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table import-columns">
              <caption className="visually-hidden">
                {t('import.ui.mapping.caption', { sheet: sheet.sheet })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.ui.mapping.fileColumn')}</th>
                  <th scope="col">{t('import.ui.mapping.baliseColumn')}</th>
                  <th scope="col">{t('import.ui.mapping.samples')}</th>
                </tr>
              </thead>
              <tbody>
                {sheet.columns.map((c, position) => {
                  const header = c.header.trim() || t('import.ui.mapping.noHeader', { n: c.index + 1 });
                  const values = sampleValues(samples, position);
                  return (
                    <tr key={c.index} className={c.key === null ? 'import-ignored' : undefined}>
                      <th scope="row">{header}</th>
                      <td>
                        <select
                          aria-label={t('import.ui.mapping.columnFor', { header })}
                          value={c.key ?? ''}
                          aria-invalid={c.key !== null && twice.has(c.key) ? true : undefined}
                          onChange={(e) => setKey(c.index, e.target.value === '' ? null : e.target.value)}
                        >
                          <option value="">{t('import.ui.mapping.ignore')}</option>
                          {templateColumns.map((tc) => (
                            <option key={tc.key} value={tc.key}>
                              {tc.required
                                ? t('import.ui.mapping.required', { column: columnHeader(tc, t) })
                                : columnHeader(tc, t)}
                            </option>
                          ))}
                        </select>
                        {c.key !== null && twice.has(c.key) ? (
                          <span className="sub import-warning">{t('import.ui.mapping.twice')}</span>
                        ) : null}
                      </td>
                      <td className="import-samples">
                        {values.length ? (
                          values.join(' · ')
                        ) : (
                          <span className="muted">{t('import.ui.mapping.empty')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {missing.length ? (
            <p className="import-warning" role="note">
              {t('import.ui.mapping.missing', {
                count: missing.length,
                columns: missing.map((m) => headerOf(m.key)).join(', '),
              })}
            </p>
          ) : null}
        </>
      )}
    </fieldset>
  );
}

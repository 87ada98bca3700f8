import type { BilingualText, FormI, FormJ, Tally } from '../../../shared/domain/article7';
import { AGE_GROUPS, PEOPLE_CLASSES, SEXES } from '../../../shared/domain/people';
import { useI18n } from '../../i18n/I18nContext';
import { PreviewTable, Sources } from './PreviewTable';

/** Girls, boys, women, men, unknown, total only, total: never only the total. */
function usePeopleColumns() {
  const { t } = useI18n();
  return [
    ...PEOPLE_CLASSES.map((c) => ({ label: t(`people.class.${c}`), num: true })),
    { label: t('people.notDisaggregated'), num: true },
    { label: t('people.total'), num: true },
  ];
}

function useTallyCells(): (tally: Tally) => string[] {
  const { number } = useI18n();
  return (tally) => [
    ...PEOPLE_CLASSES.map((c) => number(tally[c])),
    number(tally.notDisaggregated),
    number(tally.total),
  ];
}

function Text({ label, text }: { label: string; text: BilingualText }) {
  const { t, lang } = useI18n();
  const value = text[lang] || text.fr;
  return (
    <div className="preview-text">
      <h3>{label}</h3>
      <p>{value || t('article7.statement.nothingToReport')}</p>
    </div>
  );
}

export function FormIPreview({ form }: { form: FormI }) {
  const { t, lang, number } = useI18n();
  const people = usePeopleColumns();
  const cells = useTallyCells();
  const e = form.education;
  return (
    <>
      <Text label={t('reports.written.warnings')} text={form.warnings} />
      <p>
        {t('reports.preview.I.summary', {
          records: number(e.records),
          sessions: number(e.sessions),
          reach: number(e.massMediaReach),
        })}
      </p>
      <PreviewTable
        caption={t('reports.preview.I.byMethod')}
        columns={[{ label: t('reports.col.method') }, ...people]}
        rows={e.byMethod.map((m) => [t(`education.method.${m.method}`), ...cells(m.beneficiaries)])}
        total={[t('reports.col.total'), ...cells(e.beneficiaries)]}
      />
      <PreviewTable
        caption={t('reports.preview.I.byLanguage')}
        columns={[{ label: t('reports.col.language') }, ...people]}
        rows={e.byLanguage.map((l) => [lang === 'fr' ? l.nameFr : l.nameEn, ...cells(l.beneficiaries)])}
      />
      <Sources provenance={e.provenance} />
    </>
  );
}

export function FormJPreview({ form }: { form: FormJ }) {
  const { t, number } = useI18n();
  const people = usePeopleColumns();
  const cells = useTallyCells();
  const c = form.casualties;
  return (
    <>
      <PreviewTable
        caption={t('reports.preview.J.casualties')}
        columns={[{ label: t('reports.col.outcome') }, ...people]}
        rows={[
          [t('reports.preview.J.killed'), ...cells(c.killed)],
          [t('reports.preview.J.injured'), ...cells(c.injured)],
        ]}
      />
      <PreviewTable
        caption={t('reports.preview.J.bySexAndAge')}
        columns={[
          { label: t('reports.col.sex') },
          ...AGE_GROUPS.map((a) => ({ label: t(`people.ageGroup.${a}`), num: true })),
        ]}
        rows={SEXES.map((s) => [t(`people.sex.${s}`), ...AGE_GROUPS.map((a) => number(c.bySexAndAge[s][a]))])}
      />
      <p className="field-hint">
        {t('reports.preview.J.mineCasualties', {
          killed: number(c.mineCasualties.killed),
          injured: number(c.mineCasualties.injured),
          civiliansKilled: number(c.civilians.killed),
          civiliansInjured: number(c.civilians.injured),
        })}
      </p>
      <Sources provenance={c.provenance} />
      <PreviewTable
        caption={t('reports.preview.J.assistance')}
        columns={[{ label: t('reports.col.service') }, ...people]}
        rows={form.assistance.byService.map((s) => [
          t(`assistance.service.${s.service}`),
          ...cells(s.beneficiaries),
        ])}
        total={[t('reports.col.total'), ...cells(form.assistance.beneficiaries)]}
      />
      <Sources provenance={form.assistance.provenance} />
      <Text label={t('reports.written.cooperation')} text={form.cooperation} />
      <Text label={t('reports.written.gender')} text={form.gender} />
      <Text label={t('reports.written.other')} text={form.other} />
    </>
  );
}

import type { FormA, FormB, FormC, FormD, MinedAreaRow } from '../../../shared/domain/article7';
import { CONSUMPTION_PURPOSES } from '../../../shared/domain/retained';
import { useI18n } from '../../i18n/I18nContext';
import { PreviewTable, Sources } from './PreviewTable';

/** Long lists (thousands of areas nationally) show their first rows; the files carry them all. */
const AREA_ROWS_SHOWN = 50;

export function FormAPreview({ form }: { form: FormA }) {
  const { t, lang, date } = useI18n();
  return (
    <>
      <PreviewTable
        caption={t('reports.preview.A.measures')}
        columns={[
          { label: t('reports.col.measure') },
          { label: t('reports.col.reference') },
          { label: t('reports.col.info') },
        ]}
        rows={form.measures.map((m) => [
          m.title[lang] || m.title.fr,
          [m.reference, m.adoptedOn ? date(m.adoptedOn) : ''].filter(Boolean).join(', '),
          [m.summary[lang] || m.summary.fr, m.supplementaryInfo].filter(Boolean).join(' — '),
        ])}
      />
      <Sources provenance={form.provenance} />
    </>
  );
}

export function FormBPreview({ form }: { form: FormB }) {
  const { t, number } = useI18n();
  const columns = [
    { label: t('reports.col.mineType') },
    { label: t('reports.col.quantity'), num: true },
    { label: t('reports.col.lots') },
    { label: t('reports.col.holder') },
  ];
  return (
    <>
      <PreviewTable
        caption={t('reports.preview.B.stockpiles')}
        columns={columns}
        rows={form.stockpiles.map((s) => [s.mineType, number(s.quantity), s.lotNumbers.join(', '), s.holder])}
        total={[t('reports.col.total'), number(form.total), '', '']}
      />
      <PreviewTable
        caption={t('reports.preview.B.previouslyUnknown')}
        columns={columns}
        rows={form.previouslyUnknown.map((s) => [
          s.mineType,
          number(s.quantity),
          s.lotNumbers.join(', '),
          s.holder,
        ])}
        total={[t('reports.col.total'), number(form.previouslyUnknownTotal), '', '']}
      />
      <Sources provenance={[...form.stockpiles, ...form.previouslyUnknown].map((s) => s.provenance)} />
    </>
  );
}

function AreaTable({ caption, rows }: { caption: string; rows: MinedAreaRow[] }) {
  const { t, lang, area, date } = useI18n();
  return (
    <>
      <PreviewTable
        caption={caption}
        columns={[
          { label: t('reports.col.area') },
          { label: t('reports.col.location') },
          { label: t('reports.col.deviceTypes') },
          { label: t('reports.col.recordedOn') },
          { label: t('reports.col.remainingM2'), num: true },
        ]}
        rows={rows
          .slice(0, AREA_ROWS_SHOWN)
          .map((a) => [
            `${a.code} — ${a.name}`,
            [lang === 'fr' ? a.region.nameFr : a.region.nameEn, a.locality].filter(Boolean).join(', '),
            a.deviceCategories.map((c) => t(`device.${c}`)).join(', '),
            date(a.recordedOn),
            area(a.remainingM2),
          ])}
      />
      {rows.length > AREA_ROWS_SHOWN ? (
        <p className="field-hint">
          {t('reports.preview.moreRows', { count: rows.length - AREA_ROWS_SHOWN })}
        </p>
      ) : null}
    </>
  );
}

export function FormCPreview({ form }: { form: FormC }) {
  const { t, lang, number, area, date } = useI18n();
  const name = (r: { nameFr: string; nameEn: string }) => (lang === 'fr' ? r.nameFr : r.nameEn);
  const rem = form.remaining;
  const rel = form.released;
  const rec = form.reconciliation;
  return (
    <>
      <PreviewTable
        caption={t('reports.preview.C.remaining', { date: date(rem.asOf) })}
        columns={[
          { label: t('reports.col.region') },
          { label: t('reports.col.chaCount'), num: true },
          { label: t('reports.col.chaM2'), num: true },
          { label: t('reports.col.shaCount'), num: true },
          { label: t('reports.col.shaM2'), num: true },
          { label: t('reports.col.totalM2'), num: true },
          { label: t('reports.col.improvisedM2'), num: true },
        ]}
        rows={rem.regions.map((r) => [
          name(r),
          number(r.confirmed.count),
          area(r.confirmed.m2),
          number(r.suspected.count),
          area(r.suspected.m2),
          area(r.total.m2),
          area(r.improvisedApMines.m2),
        ])}
        total={[
          t('reports.col.total'),
          number(rem.total.confirmed.count),
          area(rem.total.confirmed.m2),
          number(rem.total.suspected.count),
          area(rem.total.suspected.m2),
          area(rem.total.total.m2),
          area(rem.total.improvisedApMines.m2),
        ]}
      />
      <PreviewTable
        caption={t('reports.preview.C.released')}
        columns={[
          { label: t('reports.col.region') },
          { label: t('reports.col.cancelledM2'), num: true },
          { label: t('reports.col.reducedM2'), num: true },
          { label: t('reports.col.clearedM2'), num: true },
          { label: t('reports.col.apDestroyed'), num: true },
          { label: t('reports.col.improvisedDestroyed'), num: true },
          { label: t('reports.col.otherDestroyed'), num: true },
        ]}
        rows={rel.regions.map((r) => [
          name(r),
          area(r.cancelledM2),
          area(r.reducedM2),
          area(r.clearedM2),
          number(r.apMinesDestroyed),
          number(r.improvisedApMinesDestroyed),
          number(r.otherItemsDestroyed),
        ])}
        total={[
          t('reports.col.total'),
          area(rel.total.cancelledM2),
          area(rel.total.reducedM2),
          area(rel.total.clearedM2),
          number(rel.total.apMinesDestroyed),
          number(rel.total.improvisedApMinesDestroyed),
          number(rel.total.otherItemsDestroyed),
        ]}
      />
      <p className={rec.balanced ? 'field-hint' : 'field-error'}>
        {t('reports.preview.C.equation', {
          start: area(rec.startM2),
          added: area(rec.newM2),
          cancelled: area(rec.cancelledM2),
          reduced: area(rec.reducedM2),
          cleared: area(rec.clearedM2),
          end: area(rec.endM2),
        })}
      </p>
      <AreaTable caption={t('reports.preview.C.known')} rows={form.known} />
      <AreaTable caption={t('reports.preview.C.suspected')} rows={form.suspected} />
      <Sources provenance={[...form.known, ...form.suspected].map((a) => a.provenance)} />
    </>
  );
}

export function FormDPreview({ form }: { form: FormD }) {
  const { t, number } = useI18n();
  const heldColumns = [
    { label: t('reports.col.institution') },
    { label: t('reports.col.mineType') },
    { label: t('reports.col.lots') },
    { label: t('reports.col.quantity'), num: true },
  ];
  const held = (rows: FormD['retained']) =>
    rows.map((r) => [r.institution, r.mineType, r.lotNumbers.join(', '), number(r.quantity)]);
  return (
    <>
      <PreviewTable
        caption={t('reports.preview.D.retained')}
        columns={heldColumns}
        rows={held(form.retained)}
        total={[t('reports.col.total'), '', '', number(form.retainedTotal)]}
      />
      <PreviewTable
        caption={t('reports.preview.D.transferredTraining')}
        columns={heldColumns}
        rows={held(form.transferredForTraining)}
      />
      <PreviewTable
        caption={t('reports.preview.D.transferredDestruction')}
        columns={heldColumns}
        rows={held(form.transferredForDestruction)}
      />
      <PreviewTable
        caption={t('reports.preview.D.use')}
        columns={[
          { label: t('reports.col.institution') },
          { label: t('reports.col.mineType') },
          { label: t('reports.col.atStart'), num: true },
          { label: t('reports.col.added'), num: true },
          { label: t('reports.col.consumed'), num: true },
          { label: t('reports.col.transferred'), num: true },
          { label: t('reports.col.atEnd'), num: true },
          { label: t('reports.col.purposes') },
        ]}
        rows={form.use.map((u) => [
          u.institution,
          u.mineType,
          number(u.atStart),
          number(u.added),
          `${number(u.consumedTotal)}${
            u.consumedTotal > 0
              ? ` (${CONSUMPTION_PURPOSES.filter((p) => u.consumed[p] > 0)
                  .map((p) =>
                    t('reports.preview.D.purposeCount', {
                      purpose: t(`retained.purpose.${p}`),
                      count: number(u.consumed[p]),
                    }),
                  )
                  .join(' ; ')})`
              : ''
          }`,
          number(u.transferred),
          number(u.atEnd),
          u.purposes,
        ])}
      />
      <Sources provenance={form.use.map((u) => u.provenance)} />
    </>
  );
}

import type { Article7Model, FormG } from '../../../shared/domain/article7';
import { useI18n } from '../../i18n/I18nContext';
import { PreviewTable, Sources } from './PreviewTable';

type Forms = Article7Model['forms'];

export function FormEPreview({ form }: { form: Forms['E'] }) {
  const { t, lang } = useI18n();
  return (
    <PreviewTable
      caption={t('reports.preview.E.facilities')}
      columns={[
        { label: t('reports.written.facility') },
        { label: t('reports.written.action') },
        { label: t('reports.written.facilityStatus') },
        { label: t('reports.written.notes') },
      ]}
      rows={form.facilities.map((f) => [
        f.facility,
        t(`reports.written.action.${f.action}`),
        t(`reports.written.facilityStatus.${f.status}`),
        f.notes[lang] || f.notes.fr,
      ])}
    />
  );
}

export function FormFPreview({ form }: { form: Forms['F'] }) {
  const { t, lang } = useI18n();
  return (
    <PreviewTable
      caption={t('reports.preview.F.programmes')}
      columns={[
        { label: t('reports.written.programmeKind') },
        { label: t('reports.written.methods') },
        { label: t('reports.written.sites') },
        { label: t('reports.written.standards') },
      ]}
      rows={form.programmes.map((p) => [
        t(`reports.written.programmeKind.${p.kind}`),
        p.methods[lang] || p.methods.fr,
        p.sites[lang] || p.sites.fr,
        p.standards[lang] || p.standards.fr,
      ])}
    />
  );
}

export function FormGPreview({ form }: { form: FormG }) {
  const { t, number } = useI18n();
  const typed = (rows: { mineType: string; quantity: number; lotNumbers?: string[] }[]) =>
    rows.map((r) => [r.mineType, number(r.quantity), (r.lotNumbers ?? []).join(', ')]);
  const columns = [
    { label: t('reports.col.mineType') },
    { label: t('reports.col.quantity'), num: true },
    { label: t('reports.col.lots') },
  ];
  return (
    <>
      <PreviewTable
        caption={t('reports.preview.G.stockpile')}
        columns={columns}
        rows={typed(form.stockpileDestroyed)}
      />
      <PreviewTable
        caption={t('reports.preview.G.minedAreas')}
        columns={[{ label: t('reports.col.deviceTypes') }, { label: t('reports.col.quantity'), num: true }]}
        rows={form.minedAreasDestroyed.map((r) => [t(`device.${r.category}`), number(r.quantity)])}
      />
      <PreviewTable
        caption={t('reports.preview.G.previouslyUnknown')}
        columns={columns}
        rows={typed(form.previouslyUnknownDestroyed)}
      />
      <p className="field-hint">{t('reports.preview.G.apTotal', { count: number(form.apMinesTotal) })}</p>
      <Sources
        provenance={[
          ...form.stockpileDestroyed,
          ...form.minedAreasDestroyed,
          ...form.previouslyUnknownDestroyed,
        ].map((r) => r.provenance)}
      />
    </>
  );
}

export function FormHPreview({ form }: { form: Forms['H'] }) {
  const { t, lang, number } = useI18n();
  const grams = (g: number | null) => (g === null ? '' : number(g, g % 1 === 0 ? 0 : 1));
  return (
    <PreviewTable
      caption={t('reports.preview.H.technical')}
      columns={[
        { label: t('reports.written.mineType') },
        { label: t('reports.written.dimensions') },
        { label: t('reports.written.fuzing') },
        { label: t('reports.written.explosiveType') },
        { label: t('reports.written.explosiveGrams'), num: true },
        { label: t('reports.written.metallicGrams'), num: true },
        { label: t('reports.written.otherData') },
      ]}
      rows={form.technical.map((r) => [
        r.mineType,
        r.dimensions,
        r.fuzing,
        r.explosiveType,
        grams(r.explosiveGrams),
        grams(r.metallicGrams),
        r.otherData[lang] || r.otherData.fr,
      ])}
    />
  );
}

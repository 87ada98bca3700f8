import { measureText, type NationalMeasure } from '../../../shared/domain/measure';
import { useI18n } from '../../i18n/I18nContext';

/**
 * A measure's title and summary in the UI language (French when no English was written, marked
 * so), with the other language's text a click away.
 */
export function MeasureText({ measure }: { measure: NationalMeasure }) {
  const { t, lang } = useI18n();
  const shown = measureText(measure, lang);
  const otherLang = shown.lang === 'fr' ? 'en' : 'fr';
  const other = otherLang === 'en' ? measureText(measure, 'en') : measureText(measure, 'fr');
  const hasOther = other.lang === otherLang;
  return (
    <>
      <span lang={shown.lang} className="measure-title">
        {shown.title}
      </span>
      {shown.fallback ? (
        <span className="badge badge-lang" title={t('measure.list.notTranslated')}>
          {t('measure.list.inFrench')}
        </span>
      ) : null}
      {shown.summary ? (
        <p className="measure-summary" lang={shown.lang}>
          {shown.summary}
        </p>
      ) : null}
      {hasOther ? (
        <details className="other-language">
          <summary>{t(`measure.list.showIn.${otherLang}`)}</summary>
          <p lang={otherLang}>
            <strong>{other.title}</strong>
          </p>
          {other.summary ? <p lang={otherLang}>{other.summary}</p> : null}
        </details>
      ) : null}
    </>
  );
}

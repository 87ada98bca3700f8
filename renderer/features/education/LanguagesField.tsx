import type { FieldIssue } from '../../../shared/domain/common';
import { languageName, type SpokenLanguage } from '../../../shared/domain/language';
import { sectionHash } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';

interface Props {
  /** The id of the first box, which the error summary focuses. */
  id: string;
  languages: readonly SpokenLanguage[];
  selected: readonly string[];
  error: FieldIssue | undefined;
  onChange: (ids: string[]) => void;
}

/** One or more languages of the editable list, as boxes to tick; the list is a link away. */
export function LanguagesField({ id, languages, selected, error, onChange }: Props) {
  const { t, lang } = useI18n();
  const messageId = `${id}-message`;
  const toggle = (languageId: string, on: boolean) =>
    onChange(on ? [...selected, languageId] : selected.filter((s) => s !== languageId));
  return (
    <fieldset
      className={`field field-wide language-choice${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? messageId : undefined}
    >
      <legend className="field-label">
        {t('education.field.languageIds')}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <div className="checkbox-row">
        {languages.map((l, i) => (
          <label key={l.id}>
            <input
              id={i === 0 ? id : undefined}
              type="checkbox"
              checked={selected.includes(l.id)}
              aria-invalid={Boolean(error)}
              onChange={(e) => toggle(l.id, e.target.checked)}
            />
            {languageName(l, lang)}
          </label>
        ))}
      </div>
      <p className="field-hint">
        <a href={sectionHash('education', 'languages')}>{t('education.hint.manageLanguages')}</a>
      </p>
      {error ? (
        <p id={messageId} className="field-error">
          {t(error.messageKey, error.params)}
        </p>
      ) : null}
    </fieldset>
  );
}

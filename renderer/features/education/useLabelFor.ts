import { useI18n } from '../../i18n/I18nContext';
import { PEOPLE_PARTS } from './peopleDraft';

/**
 * The label of a field path for the error summary, or null when the path is not a field of the
 * form. People fields carry the shared labels (Filles, Garçons…); the others the form's own.
 */
export function useLabelFor(form: 'education' | 'assistance'): (path: string) => string | null {
  const { t } = useI18n();
  return (path) => {
    const [head, part] = path.split('.');
    if (head === 'beneficiaries' && part) {
      if ((PEOPLE_PARTS as readonly string[]).includes(part)) return t(`people.class.${part}`);
      if (part === 'total') return t('education.beneficiaries.total');
      if (part === 'disabled') return t('people.disabled');
      return null;
    }
    const key = `${form}.field.${path}`;
    const label = t(key);
    return label === key ? null : label;
  };
}

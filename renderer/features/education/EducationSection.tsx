import { isUuid } from '../../app/route';
import { EducationFiguresPage } from './EducationFiguresPage';
import { EducationFormPage } from './EducationFormPage';
import { EducationListPage } from './EducationListPage';
import { LanguagesPage } from './LanguagesPage';

/**
 * `#/education` (list), `#/education/new`, `#/education/<id>` (edit), `#/education/figures`,
 * `#/education/languages` (the editable list of languages).
 */
export function EducationSection({ path }: { path: string[] }) {
  const [first] = path;
  if (path.length === 1 && first === 'new') return <EducationFormPage id={null} />;
  if (path.length === 1 && first === 'figures') return <EducationFiguresPage />;
  if (path.length === 1 && first === 'languages') return <LanguagesPage />;
  if (path.length === 1 && isUuid(first)) return <EducationFormPage key={first} id={first} />;
  return <EducationListPage />;
}

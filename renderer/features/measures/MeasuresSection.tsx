import { isUuid } from '../../app/route';
import { MeasureFormPage } from './MeasureFormPage';
import { MeasureListPage } from './MeasureListPage';

/** `#/measures` (form A's list), `#/measures/new`, `#/measures/<id>` (edit). */
export function MeasuresSection({ path }: { path: string[] }) {
  const [first] = path;
  if (first === 'new' && path.length === 1) return <MeasureFormPage key="new" id={null} />;
  if (isUuid(first) && path.length === 1) return <MeasureFormPage key={first} id={first} />;
  return <MeasureListPage />;
}

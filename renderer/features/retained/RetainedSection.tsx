import { isUuid } from '../../app/route';
import { MovementFormPage } from './MovementFormPage';
import { RetainedItemFormPage } from './RetainedItemFormPage';
import { RetainedItemPage } from './RetainedItemPage';
import { RetainedListPage } from './RetainedListPage';

/**
 * `#/retained` (list and year table), `#/retained/new`, `#/retained/<id>` (detail),
 * `#/retained/<id>/edit`, `#/retained/<id>/movements/new`, `#/retained/<id>/movements/<movement>`.
 */
export function RetainedSection({ path }: { path: string[] }) {
  const [first, second, third] = path;
  if (first === 'new' && path.length === 1) return <RetainedItemFormPage key="new" id={null} />;
  if (isUuid(first)) {
    if (path.length === 1) return <RetainedItemPage id={first} />;
    if (second === 'edit' && path.length === 2) return <RetainedItemFormPage key={first} id={first} />;
    if (second === 'movements' && third === 'new' && path.length === 3) {
      return <MovementFormPage key="new" itemId={first} id={null} />;
    }
    if (second === 'movements' && isUuid(third) && path.length === 3) {
      return <MovementFormPage key={third} itemId={first} id={third} />;
    }
  }
  return <RetainedListPage />;
}

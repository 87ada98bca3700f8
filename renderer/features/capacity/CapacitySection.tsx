import { isUuid } from '../../app/route';
import { CapacityFormPage } from './CapacityFormPage';
import { CapacityListPage } from './CapacityListPage';
import { CapacityYearPage } from './CapacityYearPage';

/** `#/capacity` (list), `#/capacity/new`, `#/capacity/<id>` (edit), `#/capacity/year[/<year>]`. */
export function CapacitySection({ path }: { path: string[] }) {
  const [first, second] = path;
  if (path.length === 1 && first === 'new') return <CapacityFormPage id={null} />;
  if (path.length === 1 && isUuid(first)) return <CapacityFormPage id={first} />;
  if (first === 'year' && path.length <= 2) {
    const year = second && /^\d{4}$/.test(second) ? Number(second) : null;
    return <CapacityYearPage year={year} />;
  }
  return <CapacityListPage />;
}

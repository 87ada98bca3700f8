import { isUuid } from '../../app/route';
import { LotFormPage } from './LotFormPage';
import { LotListPage } from './LotListPage';

/** `#/stockpiles` (the lots), `#/stockpiles/new`, `#/stockpiles/<id>` (edit). */
export function StockpilesSection({ path }: { path: string[] }) {
  const [first] = path;
  if (first === 'new' && path.length === 1) return <LotFormPage key="new" id={null} />;
  if (isUuid(first) && path.length === 1) return <LotFormPage key={first} id={first} />;
  return <LotListPage />;
}

import { isUuid } from '../../app/route';
import { AggregateFormPage } from './AggregateFormPage';
import { AggregateListPage } from './AggregateListPage';
import { PersonFormPage } from './PersonFormPage';
import { PersonListPage } from './PersonListPage';
import { YearPage } from './YearPage';

/**
 * `#/casualties` (person records), `#/casualties/new`, `#/casualties/<id>`,
 * `#/casualties/aggregates` (and `/new`, `/<id>`), `#/casualties/year`.
 */
export function CasualtiesSection({ path }: { path: string[] }) {
  const [first, second] = path;
  if (first === 'aggregates') {
    if (path.length === 2 && second === 'new') return <AggregateFormPage id={null} />;
    if (path.length === 2 && isUuid(second)) return <AggregateFormPage id={second} />;
    return <AggregateListPage />;
  }
  if (path.length === 1 && first === 'new') return <PersonFormPage id={null} />;
  if (path.length === 1 && first === 'year') return <YearPage />;
  if (path.length === 1 && isUuid(first)) return <PersonFormPage id={first} />;
  return <PersonListPage />;
}

import { isUuid } from '../../app/route';
import { IncidentFormPage } from './IncidentFormPage';
import { IncidentListPage } from './IncidentListPage';
import { IncidentSummaryPage } from './IncidentSummaryPage';

/** `#/incidents` (list), `#/incidents/new`, `#/incidents/<id>` (edit), `#/incidents/summary`. */
export function IncidentsSection({ path }: { path: string[] }) {
  const [first] = path;
  if (path.length === 1 && first === 'new') return <IncidentFormPage id={null} />;
  if (path.length === 1 && first === 'summary') return <IncidentSummaryPage />;
  if (path.length === 1 && isUuid(first)) return <IncidentFormPage id={first} />;
  return <IncidentListPage />;
}

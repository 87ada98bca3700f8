import { isUuid } from '../../app/route';
import { AssistanceFiguresPage } from './AssistanceFiguresPage';
import { AssistanceFormPage } from './AssistanceFormPage';
import { AssistanceListPage } from './AssistanceListPage';

/** `#/assistance` (list), `#/assistance/new`, `#/assistance/<id>` (edit), `#/assistance/figures`. */
export function AssistanceSection({ path }: { path: string[] }) {
  const [first] = path;
  if (path.length === 1 && first === 'new') return <AssistanceFormPage id={null} />;
  if (path.length === 1 && first === 'figures') return <AssistanceFiguresPage />;
  if (path.length === 1 && isUuid(first)) return <AssistanceFormPage key={first} id={first} />;
  return <AssistanceListPage />;
}

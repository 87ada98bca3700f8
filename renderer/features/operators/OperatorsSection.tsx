import { isUuid } from '../../app/route';
import { OperatorFormPage } from './OperatorFormPage';
import { OperatorsPage } from './OperatorsPage';

/** `#/operators` lists, `#/operators/new` creates, `#/operators/<id>` edits. */
export function OperatorsSection({ path }: { path: string[] }) {
  const [first] = path;
  if (path.length === 1 && first === 'new') return <OperatorFormPage id={null} />;
  if (path.length === 1 && isUuid(first)) return <OperatorFormPage id={first} />;
  return <OperatorsPage />;
}

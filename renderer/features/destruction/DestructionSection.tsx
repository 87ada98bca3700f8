import { isUuid } from '../../app/route';
import { DestructionFormPage } from './DestructionFormPage';
import { DestructionListPage } from './DestructionListPage';

/**
 * `#/destruction` (the list), `#/destruction/lot/<lot>` (one lot's destruction),
 * `#/destruction/new`, `#/destruction/new/<lot>` (destroying part of a lot), `#/destruction/<id>`.
 */
export function DestructionSection({ path }: { path: string[] }) {
  const [first, second] = path;
  if (first === 'new' && path.length === 1) return <DestructionFormPage key="new" id={null} lotId={null} />;
  if (first === 'new' && isUuid(second) && path.length === 2) {
    return <DestructionFormPage key={`new-${second}`} id={null} lotId={second} />;
  }
  if (first === 'lot' && isUuid(second) && path.length === 2) return <DestructionListPage lotId={second} />;
  if (isUuid(first) && path.length === 1) return <DestructionFormPage key={first} id={first} lotId={null} />;
  return <DestructionListPage lotId={null} />;
}

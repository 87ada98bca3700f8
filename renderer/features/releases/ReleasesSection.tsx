import { isUuid } from '../../app/route';
import { ReleaseFormPage } from './ReleaseFormPage';
import { ReleasesPage } from './ReleasesPage';

/**
 * `#/releases` lists, `#/releases/new` creates (`#/releases/new/<area id>` for one area, from its
 * history), `#/releases/<id>` edits.
 */
export function ReleasesSection({ path }: { path: string[] }) {
  const [first, second] = path;
  if (first === 'new' && path.length === 1) return <ReleaseFormPage id={null} />;
  if (first === 'new' && path.length === 2 && isUuid(second))
    return <ReleaseFormPage id={null} hazardId={second} />;
  if (path.length === 1 && isUuid(first)) return <ReleaseFormPage id={first} />;
  return <ReleasesPage />;
}

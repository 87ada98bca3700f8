import { isUuid } from '../../app/route';
import { RequestPage } from './RequestPage';
import { RequestsListPage } from './RequestsListPage';

/** `#/requests` (the list), `#/requests/<versionId>` (a version), `#/requests/<versionId>/<section>`. */
export function RequestsSection({ path }: { path: string[] }) {
  const [first, second] = path;
  if (isUuid(first) && path.length <= 2)
    return <RequestPage key={first} id={first} section={second ?? null} />;
  return <RequestsListPage />;
}

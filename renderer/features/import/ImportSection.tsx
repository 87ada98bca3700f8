import { ImportPage } from './ImportPage';

/** `#/import`: one page; the steps of an import live in its state, not in the address. */
export function ImportSection() {
  return <ImportPage />;
}

import { useCallback, useState } from 'react';

/** Rows per page in every list of these records. */
export const PAGE_SIZE = 50;

/**
 * A list's filters, sort and page, kept for the session (as the register does): coming back from
 * a form finds the list as it was left. One store per list, created at module level.
 */
export function createListState<F extends { page: number }>(defaults: F) {
  let remembered = defaults;
  return function useListState(): [F, (change: Partial<F>) => void] {
    const [filters, setFilters] = useState(remembered);
    const update = useCallback((change: Partial<F>) => {
      setFilters((current) => {
        // Any change other than the page itself starts again from the first page.
        const next = { ...current, ...change, page: change.page ?? 0 };
        remembered = next;
        return next;
      });
    }, []);
    return [filters, update];
  };
}

/** The years a list can be filtered by: this year back to the Convention's signature. */
export function yearChoices(now = new Date()): number[] {
  const years: number[] = [];
  for (let y = now.getUTCFullYear(); y >= 1997; y--) years.push(y);
  return years;
}

/** Empty text means "no filter": only what is set goes into the query. */
export function setOnly<T extends Record<string, unknown>>(
  values: T,
): { [K in keyof T]?: Exclude<T[K], ''> } {
  // The filter removed exactly the empty strings the type leaves out.
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], ''>;
  };
}

import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

interface SortableHeaderProps<F extends string> {
  field: F;
  sort: F;
  direction: SortDirection;
  onSort: (field: F) => void;
  className?: string;
  children: ReactNode;
}

/** A column header that sorts on click, with `aria-sort` telling the current order. */
export function SortableHeader<F extends string>({
  field,
  sort,
  direction,
  onSort,
  className,
  children,
}: SortableHeaderProps<F>) {
  const active = field === sort;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        <span>{children}</span>
        <span className={`sort-indicator${active ? ' sort-active' : ''}`} aria-hidden="true">
          {active ? (direction === 'asc' ? '▲' : '▼') : '⇅'}
        </span>
      </button>
    </th>
  );
}

/** Clicking the sorted column flips its order; another column starts ascending. */
export function nextSort<F extends string>(
  current: { sort: F; direction: SortDirection },
  field: F,
): { sort: F; direction: SortDirection } {
  if (current.sort === field) return { sort: field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { sort: field, direction: 'asc' };
}

import { useState } from 'react';

// Kept for the session per section, like the lists' filters.
const remembered = new Map<string, string>();

/**
 * The year a figures page shows: the one chosen earlier in the session, else the latest year
 * that holds records (once known), else the current year.
 */
export function useFiguresYear(
  section: string,
  years: readonly number[] | undefined,
): [string | null, (year: string) => void] {
  const [chosen, setChosen] = useState<string | null>(remembered.get(section) ?? null);
  const choose = (year: string) => {
    remembered.set(section, year);
    setChosen(year);
  };
  if (chosen) return [chosen, choose];
  if (years === undefined) return [null, choose];
  const latest = years.at(-1);
  return [String(latest ?? new Date().getFullYear()), choose];
}

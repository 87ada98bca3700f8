import { createContext, useContext } from 'react';
import type { systemInfoSchema } from '../../shared/api/contract';
import type { Language } from '../../shared/domain/common';
import type { AdminUnit, CountryProfile } from '../../shared/domain/country';
import type { z } from 'zod';

export type SystemInfo = z.infer<typeof systemInfoSchema>;

/** What several pages share: loaded once at start, refreshed when a page changes it. */
export interface AppData {
  info: SystemInfo | null;
  profile: CountryProfile | null;
  units: readonly AdminUnit[];
  setLanguage: (lang: Language) => void;
  setProfile: (profile: CountryProfile) => void;
  reloadUnits: () => Promise<void>;
  /** After a change that alters `info.empty` (first area recorded, demo data loaded). */
  reloadInfo: () => Promise<void>;
}

export const AppDataContext = createContext<AppData>({
  info: null,
  profile: null,
  units: [],
  setLanguage: () => {},
  setProfile: () => {},
  reloadUnits: async () => {},
  reloadInfo: async () => {},
});

export function useAppData(): AppData {
  return useContext(AppDataContext);
}

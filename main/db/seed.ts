import { MALI_PROFILE, MALI_REGIONS } from '../../shared/reference/mali';
import type { Repositories } from './repositories/index';

/**
 * Reference data for a new database: Mali's profile and admin units (domain.md §6).
 * Regions first (predecessors must exist), then cercles with codes like `MOP-03`.
 */
export function seedReference(repos: Repositories): void {
  repos.transaction(() => {
    repos.profile.save(MALI_PROFILE);
    const idByCode = new Map<string, string>();
    for (const r of MALI_REGIONS) {
      const predecessorId = r.predecessor ? (idByCode.get(r.predecessor) ?? null) : null;
      const saved = repos.adminUnits.save({
        code: r.code,
        nameFr: r.nameFr,
        nameEn: r.nameEn,
        level: 'region',
        parentId: null,
        predecessorId,
      });
      idByCode.set(r.code, saved.id);
      r.cercles.forEach((name, i) => {
        repos.adminUnits.save({
          code: `${r.code}-${String(i + 1).padStart(2, '0')}`,
          nameFr: name,
          nameEn: name,
          level: 'cercle',
          parentId: saved.id,
          predecessorId: null,
        });
      });
    }
  });
}

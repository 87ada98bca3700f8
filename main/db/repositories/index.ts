import type Database from 'better-sqlite3';
import { createAdminUnitRepository, type AdminUnitRepository } from './adminUnits';
import { createCapacityRepository, type CapacityRepository } from './capacity';
import { createCasualtyRepository, type CasualtyRepository } from './casualties';
import { systemClock, type Clock } from './clock';
import { createEducationRepository, type EducationRepository } from './education';
import { createHazardRepository, type HazardRepository } from './hazards';
import { createHistoryRepository, type HistoryRepository } from './history';
import { createImportRepository, type ImportRepository } from './imports';
import { createIncidentRepository, type IncidentRepository } from './incidents';
import { createLandReleaseRepository, type LandReleaseRepository } from './landRelease';
import { createOperatorRepository, type OperatorRepository } from './operators';
import { createProfileRepository, type ProfileRepository } from './profile';
import { createReportRepository, type ReportRepository } from './reports';
import { createRequestRepository, type RequestRepository } from './requests';
import { createSettingsRepository, type SettingsRepository } from './settings';
import { createStockpileRepository, type StockpileRepository } from './stockpiles';
import { createWorkPlanRepository, type WorkPlanRepository } from './workplan';

/** Everything handlers may reach in the store. Handlers see these interfaces, never SQL. */
export interface Repositories {
  settings: SettingsRepository;
  profile: ProfileRepository;
  adminUnits: AdminUnitRepository;
  hazards: HazardRepository;
  landRelease: LandReleaseRepository;
  operators: OperatorRepository;
  incidents: IncidentRepository;
  stockpiles: StockpileRepository;
  capacity: CapacityRepository;
  casualties: CasualtyRepository;
  education: EducationRepository;
  /** Article 7 report versions. */
  reports: ReportRepository;
  /** Article 5 extension requests and their versions. */
  requests: RequestRepository;
  /** Work plan parameters of request versions. */
  workplan: WorkPlanRepository;
  /** The import log, import keys, undo records and saved mappings (issue 7). */
  imports: ImportRepository;
  /** The change history (issue 8). */
  history: HistoryRepository;
  /** Runs `work` in one transaction: all of it is written, or nothing. */
  transaction<T>(work: () => T): T;
}

export function createRepositories(db: Database.Database, clock: Clock = systemClock): Repositories {
  return {
    settings: createSettingsRepository(db),
    profile: createProfileRepository(db, clock),
    adminUnits: createAdminUnitRepository(db, clock),
    hazards: createHazardRepository(db, clock),
    landRelease: createLandReleaseRepository(db, clock),
    operators: createOperatorRepository(db, clock),
    incidents: createIncidentRepository(db, clock),
    stockpiles: createStockpileRepository(db, clock),
    capacity: createCapacityRepository(db, clock),
    casualties: createCasualtyRepository(db, clock),
    education: createEducationRepository(db, clock),
    reports: createReportRepository(db, clock),
    requests: createRequestRepository(db, clock),
    workplan: createWorkPlanRepository(db, clock),
    imports: createImportRepository(db, clock),
    history: createHistoryRepository(db, clock),
    transaction: (work) => db.transaction(work)(),
  };
}

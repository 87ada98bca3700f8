import type Database from 'better-sqlite3';
import type { Clock } from './clock';
import { createLanguageRepository, type LanguageRepository } from './languages';
import { createRiskEducationRepository, type RiskEducationRepository } from './riskEducation';
import { createVictimAssistanceRepository, type VictimAssistanceRepository } from './victimAssistance';

/**
 * Risk education sessions and campaigns, victim assistance, and the editable list of languages:
 * one repository per record, SQL in those files only.
 */
export interface EducationRepository {
  languages: LanguageRepository;
  sessions: RiskEducationRepository;
  assistance: VictimAssistanceRepository;
}

export function createEducationRepository(db: Database.Database, clock: Clock): EducationRepository {
  return {
    languages: createLanguageRepository(db, clock),
    sessions: createRiskEducationRepository(db, clock),
    assistance: createVictimAssistanceRepository(db, clock),
  };
}

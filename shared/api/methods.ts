/**
 * Every method of the API, named `domain.action`. Kept apart from the zod contract so the preload
 * (which only needs the names) stays small; contract.ts is checked against this list by type.
 * Each record domain lists its own methods in `methods/<domain>.ts`.
 */
import { BACKUP_FILE_METHODS, BACKUP_METHODS } from './methods/backups';
import { CAPACITY_METHODS } from './methods/capacity';
import { CASUALTY_METHODS } from './methods/casualties';
import { CHART_METHODS } from './methods/charts';
import { EDUCATION_METHODS } from './methods/education';
import { HISTORY_METHODS } from './methods/history';
import { IMPORT_FILE_METHODS, IMPORT_METHODS } from './methods/imports';
import { INCIDENT_METHODS } from './methods/incidents';
import { LAND_RELEASE_METHODS } from './methods/landRelease';
import { OVERVIEW_METHODS } from './methods/overview';
import { REPORT_FILE_METHODS, REPORT_METHODS } from './methods/reports';
import { REQUEST_FILE_METHODS, REQUEST_METHODS } from './methods/requests';
import { STOCKPILE_METHODS } from './methods/stockpiles';
import { SUMMARY_METHODS } from './methods/summary';
import { TEMPLATE_FILE_METHODS, TEMPLATE_METHODS } from './methods/templates';
import { WORKPLAN_METHODS } from './methods/workplan';

export const CORE_METHODS = [
  'system.info',
  'settings.get',
  'settings.update',
  'profile.get',
  'profile.save',
  'adminUnits.list',
  'adminUnits.save',
  'adminUnits.delete',
  'hazards.list',
  'hazards.get',
  'hazards.create',
  'hazards.update',
  'hazards.delete',
  'exports.register',
  'demo.load',
  'files.open',
] as const;

export const METHOD_NAMES = [
  ...CORE_METHODS,
  ...LAND_RELEASE_METHODS,
  ...INCIDENT_METHODS,
  ...STOCKPILE_METHODS,
  ...SUMMARY_METHODS,
  ...CAPACITY_METHODS,
  ...CASUALTY_METHODS,
  ...EDUCATION_METHODS,
  ...REPORT_METHODS,
  ...REQUEST_METHODS,
  ...CHART_METHODS,
  ...OVERVIEW_METHODS,
  ...WORKPLAN_METHODS,
  ...TEMPLATE_METHODS,
  ...IMPORT_METHODS,
  ...HISTORY_METHODS,
  ...BACKUP_METHODS,
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/**
 * Methods whose result is a file (`FileResult`): transports save it (Electron) or download it
 * (browser), and the renderer receives a `SavedFile`.
 */
export const FILE_METHOD_NAMES = [
  'exports.register',
  'incidents.exportSummary',
  ...REPORT_FILE_METHODS,
  ...REQUEST_FILE_METHODS,
  ...TEMPLATE_FILE_METHODS,
  ...IMPORT_FILE_METHODS,
  ...BACKUP_FILE_METHODS,
] as const;
export type FileMethodName = (typeof FILE_METHOD_NAMES)[number];
export const FILE_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(FILE_METHOD_NAMES);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/** The domain and action parts of a method name, for the nested `window.balise.<domain>.<action>`. */
export function splitMethod(name: MethodName): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

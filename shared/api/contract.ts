import { z } from 'zod';
import { idSchema, noInput } from '../domain/common';
import { adminUnitInputSchema, adminUnitSchema, countryProfileSchema } from '../domain/country';
import { exportRequestSchema, fileResultSchema, type SavedFile } from '../domain/files';
import {
  hazardInputSchema,
  hazardListQuerySchema,
  hazardListResultSchema,
  hazardousAreaSchema,
  hazardSaveResultSchema,
} from '../domain/hazard';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import { backupsContract } from './contracts/backups';
import { capacityContract } from './contracts/capacity';
import { casualtyContract } from './contracts/casualties';
import { chartsContract } from './contracts/charts';
import { educationContract } from './contracts/education';
import { historyContract } from './contracts/history';
import { importsContract } from './contracts/imports';
import { incidentContract } from './contracts/incidents';
import { landReleaseContract } from './contracts/landRelease';
import { overviewContract } from './contracts/overview';
import { reportContract } from './contracts/reports';
import { requestContract } from './contracts/requests';
import { stockpileContract } from './contracts/stockpiles';
import { summaryContract } from './contracts/summary';
import { templatesContract } from './contracts/templates';
import { workplanContract } from './contracts/workplan';
import type { MethodSpec } from './contracts/spec';
import type { Envelope } from './envelope';
import type { FileMethodName, MethodName } from './methods';

const byId = z.strictObject({ id: idSchema });

export const systemInfoSchema = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  databasePath: z.string(),
  /** True until the first hazardous area is recorded: the app then offers the demo data. */
  empty: z.boolean(),
});

/** The walking skeleton's methods: system, settings, profile, admin units, register. */
const coreContract = {
  'system.info': { input: noInput, output: systemInfoSchema },
  'settings.get': { input: noInput, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
  'profile.get': { input: noInput, output: countryProfileSchema },
  'profile.save': { input: countryProfileSchema, output: countryProfileSchema },
  'adminUnits.list': { input: noInput, output: z.array(adminUnitSchema) },
  'adminUnits.save': { input: adminUnitInputSchema, output: adminUnitSchema },
  'adminUnits.delete': { input: byId, output: z.object({ id: idSchema }) },
  'hazards.list': { input: hazardListQuerySchema, output: hazardListResultSchema },
  'hazards.get': { input: byId, output: hazardousAreaSchema },
  'hazards.create': { input: hazardInputSchema, output: hazardSaveResultSchema },
  'hazards.update': {
    input: z.strictObject({ id: idSchema, area: hazardInputSchema }),
    output: hazardSaveResultSchema,
  },
  'hazards.delete': { input: byId, output: z.object({ id: idSchema }) },
  'exports.register': { input: exportRequestSchema, output: fileResultSchema },
  'demo.load': { input: noInput, output: z.object({ areas: z.number().int() }) },
  'files.open': {
    input: z.strictObject({ path: z.string().min(1).max(4096) }),
    output: z.object({ opened: z.boolean() }),
  },
};

/**
 * The API contract: each method's input and output schema. Both transports validate inputs
 * against it before a handler runs; types derive from it so they cannot drift. Each record domain
 * keeps its part in `contracts/<domain>.ts`.
 */
export const contract = {
  ...coreContract,
  ...landReleaseContract,
  ...incidentContract,
  ...stockpileContract,
  ...summaryContract,
  ...capacityContract,
  ...casualtyContract,
  ...educationContract,
  ...reportContract,
  ...requestContract,
  ...chartsContract,
  ...overviewContract,
  ...workplanContract,
  ...templatesContract,
  ...importsContract,
  ...historyContract,
  ...backupsContract,
} satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What the renderer receives: file methods come back as a saved (or downloaded) file. */
export type ClientOutput<M extends MethodName> = M extends FileMethodName ? SavedFile : MethodOutput<M>;

type DomainOf<M extends string> = M extends `${infer D}.${string}` ? D : never;
type ActionOf<M extends string, D extends string> = M extends `${D}.${infer A}` ? A : never;

/** `window.balise`: one function per method, nested as `balise.<domain>.<action>(input)`. */
export type BaliseApi = {
  [D in DomainOf<MethodName>]: {
    [A in ActionOf<MethodName, D>]: (
      input?: MethodInput<`${D}.${A}` & MethodName>,
    ) => Promise<Envelope<ClientOutput<`${D}.${A}` & MethodName>>>;
  };
};

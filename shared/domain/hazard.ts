import { z } from 'zod';
import { fieldIssueSchema, idSchema, isoDateSchema, optionalText, requiredText, todayIso } from './common';
import {
  activationModeSchema,
  deviceCategorySchema,
  DEVICE_CATEGORIES,
  isContradictoryActivation,
  type ActivationMode,
  type DeviceCategory,
  type Reclassification,
} from './devices';

/** SHA / CHA (French: ZSD / ZDC). Later lifecycle states are derived from land release. */
export const HAZARD_STATUSES = ['suspected', 'confirmed'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];
export const hazardStatusSchema = z.enum(HAZARD_STATUSES, { error: 'validation.choice' });

/**
 * Where an area stands, derived from its land release activities (`shared/rules/lifecycle.ts`),
 * never typed by hand: suspected → confirmed → partly released → released, or cancelled.
 */
export const LIFECYCLES = ['suspected', 'confirmed', 'partlyReleased', 'released', 'cancelled'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];
export const lifecycleSchema = z.enum(LIFECYCLES, { error: 'validation.choice' });

/** Largest area accepted, in m²: Mali's whole territory is about 1.24 × 10¹² m². */
export const MAX_AREA_M2 = 2_000_000_000_000;

export const hazardDeviceInputSchema = z.object({
  declaredCategory: deviceCategorySchema,
  activation: activationModeSchema,
  estimatedQuantity: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.integer' })
    .min(0, { error: 'validation.nonNegative' })
    .max(1_000_000, { error: 'validation.tooLarge' })
    .nullable(),
});
export type HazardDeviceInput = z.infer<typeof hazardDeviceInputSchema>;

/** What the form and the handler both accept for a hazardous area. */
export const hazardInputSchema = z
  .object({
    code: requiredText(40).regex(/^[\p{L}\p{N}._/-]*$/u, { error: 'hazard.errors.codeChars' }),
    name: requiredText(200),
    regionId: idSchema,
    lowerUnitId: idSchema.nullable(),
    locality: optionalText(200),
    latitude: z
      .number({ error: 'validation.number' })
      .min(-90, { error: 'hazard.errors.latitude' })
      .max(90, { error: 'hazard.errors.latitude' })
      .nullable(),
    longitude: z
      .number({ error: 'validation.number' })
      .min(-180, { error: 'hazard.errors.longitude' })
      .max(180, { error: 'hazard.errors.longitude' })
      .nullable(),
    status: hazardStatusSchema,
    devices: z.array(hazardDeviceInputSchema).max(DEVICE_CATEGORIES.length * 4),
    estimatedAreaM2: z
      // An empty field is "required", text that is not a number is "enter a number".
      .number({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.number') })
      .int({ error: 'validation.integer' })
      .min(1, { error: 'hazard.errors.areaPositive' })
      .max(MAX_AREA_M2, { error: 'validation.tooLarge' }),
    recordedOn: isoDateSchema.refine((d) => d <= todayIso(), { error: 'validation.dateInFuture' }),
    source: requiredText(300),
    notes: optionalText(4000),
  })
  .superRefine((h, ctx) => {
    if ((h.latitude === null) !== (h.longitude === null)) {
      const path = h.latitude === null ? 'latitude' : 'longitude';
      ctx.addIssue({ code: 'custom', path: [path], message: 'hazard.errors.coordinatePair' });
    }
    const seen = new Set<string>();
    h.devices.forEach((d, i) => {
      const key = `${d.declaredCategory}/${d.activation}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', i, 'declaredCategory'],
          message: 'hazard.errors.deviceTwice',
        });
      }
      seen.add(key);
      if (isContradictoryActivation(d.declaredCategory, d.activation)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', i, 'activation'],
          message: 'hazard.errors.apMineActivation',
        });
      }
    });
  });
export type HazardInput = z.infer<typeof hazardInputSchema>;
/** What a form may send before defaults are applied. */
export type HazardInputDraft = z.input<typeof hazardInputSchema>;

export const hazardDeviceSchema = z.object({
  declaredCategory: deviceCategorySchema,
  activation: activationModeSchema,
  category: deviceCategorySchema,
  reclassifiedBecause: z.enum(['victimActivatedImprovised', 'commandDetonatedNotMine']).nullable(),
  estimatedQuantity: z.number().int().nullable(),
});
export interface HazardDevice {
  declaredCategory: DeviceCategory;
  activation: ActivationMode;
  /** The category after the Convention's rule: what every figure counts. */
  category: DeviceCategory;
  reclassifiedBecause: Reclassification | null;
  estimatedQuantity: number | null;
}

export const hazardousAreaSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  regionId: idSchema,
  lowerUnitId: idSchema.nullable(),
  locality: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  status: hazardStatusSchema,
  devices: z.array(hazardDeviceSchema),
  estimatedAreaM2: z.number().int(),
  recordedOn: z.string(),
  source: z.string(),
  notes: z.string(),
  /** Derived from the activities and stored for fast lists; recomputed on every change. */
  lifecycle: lifecycleSchema,
  /** SHA or CHA now: CHA once recorded as such or once an activity found a device. */
  currentStatus: hazardStatusSchema,
  addedM2: z.number().int(),
  cancelledM2: z.number().int(),
  reducedM2: z.number().int(),
  clearedM2: z.number().int(),
  /** Original estimate + added − cancelled − reduced − cleared. */
  remainingM2: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HazardousArea = z.infer<typeof hazardousAreaSchema>;

/** A row of the register list: the area plus the names the list shows and sorts by. */
export const hazardListRowSchema = hazardousAreaSchema.extend({
  regionNameFr: z.string(),
  regionNameEn: z.string(),
  lowerUnitNameFr: z.string().nullable(),
  lowerUnitNameEn: z.string().nullable(),
});
export type HazardListRow = z.infer<typeof hazardListRowSchema>;

export const HAZARD_SORT_FIELDS = [
  'code',
  'name',
  'region',
  'status',
  'estimatedAreaM2',
  'recordedOn',
  'lifecycle',
  'remainingM2',
] as const;
export type HazardSortField = (typeof HAZARD_SORT_FIELDS)[number];

export const hazardListQuerySchema = z.object({
  regionId: idSchema.optional(),
  /** The classification at recording (SHA / CHA). */
  status: hazardStatusSchema.optional(),
  lifecycle: lifecycleSchema.optional(),
  deviceCategory: deviceCategorySchema.optional(),
  search: z.string().trim().max(100, { error: 'validation.tooLong' }).optional(),
  sort: z.enum(HAZARD_SORT_FIELDS).default('code'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export type HazardListQuery = z.input<typeof hazardListQuerySchema>;

export const hazardListResultSchema = z.object({
  rows: z.array(hazardListRowSchema),
  total: z.number().int(),
  totalAreaM2: z.number().int(),
  totalRemainingM2: z.number().int(),
});
export type HazardListResult = z.infer<typeof hazardListResultSchema>;

export const hazardSaveResultSchema = z.object({
  area: hazardousAreaSchema,
  warnings: z.array(fieldIssueSchema),
});
export type HazardSaveResult = z.infer<typeof hazardSaveResultSchema>;

import { hazardInputSchema, type HazardInput } from '../../shared/domain/hazard';
import demo from '../../resources/demo/mali-register.json';
import { ConflictError } from './errors';
import { toRecord } from './hazards';
import type { HandlerContext } from './context';
import type { HandlerTable } from './types';

type DemoDevice = [string, string, number | null];

/** The demo register as hazard inputs, checked by the same schema as a user's entry. */
function demoAreas(ctx: HandlerContext): HazardInput[] {
  const { adminUnits } = ctx.repos;
  const units = adminUnits.list();
  return demo.areas.map((a) => {
    const region = adminUnits.findByCode(a.region);
    if (!region) throw new Error(`demo data: no region ${a.region}`);
    const cercle = a.cercle ? units.find((u) => u.parentId === region.id && u.nameFr === a.cercle) : null;
    return hazardInputSchema.parse({
      code: a.code,
      name: a.name,
      regionId: region.id,
      lowerUnitId: cercle?.id ?? null,
      locality: a.locality,
      latitude: a.lat,
      longitude: a.lon,
      status: a.status,
      devices: (a.devices as DemoDevice[]).map(([declaredCategory, activation, estimatedQuantity]) => ({
        declaredCategory,
        activation,
        estimatedQuantity,
      })),
      estimatedAreaM2: a.m2,
      recordedOn: a.recordedOn,
      source: demo.source,
      notes: '',
    });
  });
}

export const demoHandlers = {
  /**
   * Fills an empty register with Mali-like demo areas, to try the app and its documents. Refused
   * once the register holds anything, so demo areas can never mix with real ones.
   */
  'demo.load': async (ctx) => {
    if (ctx.repos.hazards.count() > 0) throw new ConflictError('demo.errors.notEmpty');
    const areas = demoAreas(ctx);
    ctx.repos.transaction(() => {
      for (const area of areas) ctx.repos.hazards.create(toRecord(area));
    });
    return { areas: areas.length };
  },
} satisfies Partial<HandlerTable>;

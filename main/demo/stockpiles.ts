import type { AdminUnit } from '../../shared/domain/country';
import type { DestructionContext } from '../../shared/domain/destruction';
import { classifyDevice, type ActivationMode, type DeviceCategory } from '../../shared/domain/devices';
import type { RetainedMovementInput } from '../../shared/domain/retained';
import type { DestructionRecord } from '../db/repositories/destructionEvents';
import type { Rng } from './rng';
import type { DemoContext, DemoScale } from './types';

/**
 * Demo stockpiles, retained mines, destruction outside hazardous areas and national measures.
 * Mali declared no stockpile once it had destroyed its own (domain.md §1), so form B holds one
 * small historic lot, long destroyed, and one previously unknown improvised stockpile found and
 * destroyed recently; a few hundred mines are retained for training by two institutions; and EOD
 * spot tasks destroy thousands of items a decade, mostly in the centre and the north. Every name
 * says it is demo data. Deterministic (ctx.rng only) and within every rule the handlers enforce.
 */

const DEMO = '(données de démonstration)';
const SOURCE = `Compte rendu de mission NEDEX ${DEMO}`;

/** EOD spot tasks over the whole period, by scale. */
const SPOT_TASKS: Record<DemoScale, number> = { small: 150, national: 6_000, large: 60_000 };

/** Where spot tasks happen: the centre and the north first (domain.md §6). */
const REGION_WEIGHTS: Record<string, number> = {
  MOP: 22,
  GAO: 15,
  TOM: 11,
  SEG: 10,
  MEN: 8,
  KID: 7,
  BDG: 6,
  DTZ: 6,
  TAO: 1.5,
  SAN: 2,
  KOU: 1.5,
  SIK: 1,
  KAY: 0.8,
  BKO: 0.5,
  KTL: 0.6,
  BGN: 0.6,
  DIO: 0.4,
  NIO: 0.4,
  KIT: 0.3,
  NAR: 0.6,
};

/** Regions of the south and west, where contamination has been spreading since 2021. */
const SPREADING = new Set(['KAY', 'KOU', 'SIK', 'KTL', 'BGN', 'DIO', 'NIO', 'KIT', 'NAR', 'SAN']);

/** Regions created by the 2023 reform exist from this day; before it, their predecessor is used. */
const REFORM_2023 = '2023-07-01';

/** What spot tasks find: declared category and activation (the rule then classifies it), weight. */
const FINDS: readonly (readonly [readonly [DeviceCategory, ActivationMode], number])[] = [
  [['UXO', 'unknown'], 40],
  [['AXO', 'unknown'], 12],
  [['SAA', 'unknown'], 9],
  [['IED_OTHER', 'command'], 10],
  [['IED_OTHER', 'person'], 4],
  [['AV_MINE_IMPROVISED', 'person'], 6],
  [['AP_MINE_IMPROVISED', 'person'], 5],
  [['AV_MINE_IMPROVISED', 'vehicle'], 7],
  [['BOOBY_TRAP', 'unknown'], 1],
  [['CMR', 'unknown'], 2],
  [['AV_MINE', 'vehicle'], 2],
  [['AP_MINE', 'person'], 1],
  [['UNKNOWN', 'unknown'], 1],
];

function quantityOf(rng: Rng, category: DeviceCategory): number {
  switch (category) {
    case 'SAA':
      return rng.int(20, 400);
    case 'AXO':
      return rng.int(1, 30);
    case 'UXO':
      return rng.chance(0.7) ? 1 : rng.int(2, 8);
    default:
      return rng.chance(0.85) ? 1 : rng.int(2, 4);
  }
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A day of `year` no later than `lastDay`. */
function dayIn(rng: Rng, year: number, lastDay: string): string {
  const day = iso(year, rng.int(1, 12), rng.int(1, 28));
  return day <= lastDay ? day : lastDay;
}

/** Adds days to an ISO date, never past `lastDay`. */
function plusDays(day: string, days: number, lastDay: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const out = d.toISOString().slice(0, 10);
  return out <= lastDay ? out : lastDay;
}

interface Places {
  byCode: ReadonlyMap<string, AdminUnit>;
  byId: ReadonlyMap<string, AdminUnit>;
  cercles: ReadonlyMap<string, readonly AdminUnit[]>;
}

/** A region created in 2023 is replaced by the region it was carved from before the reform. */
function regionOn(places: Places, code: string, day: string): AdminUnit | null {
  const region = places.byCode.get(code);
  if (!region) return null;
  const isNew = region.predecessorId !== null && (places.cercles.get(region.id)?.length ?? 0) === 0;
  if (isNew && day < REFORM_2023) return places.byId.get(region.predecessorId ?? '') ?? null;
  return region;
}

function operatorOn(rng: Rng, day: string): string {
  // Since 2023 only the armed forces' EOD teams may clear (domain.md §6). Short names: thousands of
  // rows show them; the source of every event already says it is demo data.
  if (day >= '2023-07-01') {
    return rng.pick([
      'FAMa, équipe NEDEX (démo)',
      'FAMa, compagnie du génie (démo)',
      'Police nationale, déminage (démo)',
    ]);
  }
  return rng.pick([
    'FAMa, équipe NEDEX (démo)',
    'MINUSMA, compagnie NEDEX (démo)',
    'UNMAS, équipe sous contrat (démo)',
    'FAMa, compagnie du génie (démo)',
  ]);
}

function record(
  region: AdminUnit,
  cercle: AdminUnit | null,
  declared: DeviceCategory,
  activation: ActivationMode,
  fields: {
    destroyedOn: string;
    quantity: number;
    context: DestructionContext;
    stockpileLotId?: string;
    operator: string;
    notes?: string;
  },
): DestructionRecord {
  return {
    destroyedOn: fields.destroyedOn,
    regionId: region.id,
    lowerUnitId: cercle?.id ?? null,
    locality: cercle?.nameFr ?? '',
    declaredCategory: declared,
    activation,
    ...classifyDevice(declared, activation),
    quantity: fields.quantity,
    context: fields.context,
    stockpileLotId: fields.stockpileLotId ?? null,
    operator: fields.operator,
    source: SOURCE,
    notes: fields.notes ?? '',
  };
}

function spotTasks(ctx: DemoContext, places: Places): DestructionRecord[] {
  const { rng, years, lastDay } = ctx;
  // Contamination keeps growing after 2012: later years weigh more.
  const yearWeights = years.map((y, i) => [y, 1 + i * 0.2] as const);
  const out: DestructionRecord[] = [];
  for (let n = 0; n < SPOT_TASKS[ctx.scale]; n++) {
    const day = dayIn(rng, rng.weighted(yearWeights), lastDay);
    const spread = day >= '2021-01-01';
    const code = rng.weighted(
      Object.entries(REGION_WEIGHTS).map(([c, w]) => [c, spread && SPREADING.has(c) ? w * 3 : w] as const),
    );
    const region = regionOn(places, code, day);
    if (!region) continue;
    const cercles = places.cercles.get(region.id) ?? [];
    const cercle = cercles.length > 0 && rng.chance(0.75) ? rng.pick(cercles) : null;
    const [declared, activation] = rng.weighted(FINDS);
    const { category } = classifyDevice(declared, activation);
    out.push(
      record(region, cercle, declared, activation, {
        destroyedOn: day,
        quantity: quantityOf(rng, category),
        context: rng.chance(0.95) ? 'eodSpotTask' : 'other',
        operator: operatorOn(rng, day),
        notes: '',
      }),
    );
  }
  return out;
}

/** One small declared lot destroyed after entry into force, and one improvised cache found lately. */
function stockpiles(ctx: DemoContext, places: Places): DestructionRecord[] {
  const { lots } = ctx.repos.stockpiles;
  const out: DestructionRecord[] = [];
  const bamako = places.byCode.get('BKO') ?? places.byCode.get('KOU');
  const historic = lots.create({
    mineType: 'PMN',
    category: 'AP_MINE',
    lotNumber: 'DEMO-1999-01',
    quantity: 240,
    declaredOn: '1999-03-01',
    holder: `Dépôt central des armées, Bamako ${DEMO}`,
    previouslyUnknown: false,
    foundOn: null,
    source: `Rapport initial au titre de l'article 7 ${DEMO}`,
    notes: '',
  });
  if (bamako) {
    for (const [day, quantity] of [
      ['1999-06-15', 160],
      ['1999-11-20', 80],
    ] as const) {
      out.push(
        record(bamako, null, 'AP_MINE', 'person', {
          destroyedOn: day,
          quantity,
          context: 'stockpile',
          stockpileLotId: historic.id,
          operator: `Forces armées maliennes, génie militaire ${DEMO}`,
        }),
      );
    }
  }

  const year = ctx.years.at(-2) ?? ctx.years.at(-1);
  if (year === undefined) return out;
  const found = iso(year, 5, 12) <= ctx.lastDay ? iso(year, 5, 12) : ctx.lastDay;
  const region = regionOn(places, 'BDG', found) ?? places.byCode.get('MOP');
  if (!region) return out;
  const cache = lots.create({
    mineType: 'Mine improvisée à plaque de pression',
    category: 'AP_MINE_IMPROVISED',
    lotNumber: '',
    quantity: 37,
    declaredOn: plusDays(found, 10, ctx.lastDay),
    holder: `Cache découverte par une patrouille près de Bandiagara ${DEMO}`,
    previouslyUnknown: true,
    foundOn: found,
    source: `Rapport de la compagnie du génie ${DEMO}`,
    notes: '',
  });
  out.push(
    record(region, null, 'AP_MINE_IMPROVISED', 'person', {
      destroyedOn: plusDays(found, 3, ctx.lastDay),
      quantity: 37,
      context: 'unknownStockpile',
      stockpileLotId: cache.id,
      operator: `Forces armées maliennes, équipe NEDEX ${DEMO}`,
    }),
  );
  return out;
}

/**
 * A few hundred mines retained for training by the engineering school, part transferred to the
 * EOD training centre, consumed for training every year; the rest of one lot sent for destruction
 * in the last year (with its destruction event).
 */
function retainedMines(ctx: DemoContext, places: Places): DestructionRecord[] {
  const { rng, years, lastDay } = ctx;
  const { retained } = ctx.repos.stockpiles;
  const first = years[0];
  if (first === undefined) return [];
  const school = retained.create({
    institution: `École du génie militaire de Kati ${DEMO}`,
    mineType: 'PMN',
    category: 'AP_MINE',
    lotNumber: 'DEMO-1999-02',
    intendedPurpose: 'Formation des démineurs à la détection, à la dépollution et à la destruction',
    source: `Rapports au titre de l'article 7 ${DEMO}`,
    notes: '',
  });
  const centre = retained.create({
    institution: `Centre de formation NEDEX des forces armées ${DEMO}`,
    mineType: 'PMN',
    category: 'AP_MINE',
    lotNumber: 'DEMO-1999-02',
    intendedPurpose: 'Formation à la destruction et essais de matériel de détection',
    source: `Rapports au titre de l'article 7 ${DEMO}`,
    notes: '',
  });
  const balance = new Map([
    [school.id, 0],
    [centre.id, 0],
  ]);
  const move = (
    itemId: string,
    m: Omit<RetainedMovementInput, 'itemId' | 'counterpart' | 'description' | 'source'> &
      Partial<RetainedMovementInput>,
  ) => {
    const input: RetainedMovementInput = { itemId, counterpart: '', description: '', source: SOURCE, ...m };
    const sign = m.kind === 'retained' || m.kind === 'received' ? 1 : -1;
    balance.set(itemId, (balance.get(itemId) ?? 0) + sign * m.quantity);
    retained.createMovement(input);
  };
  const purposes = [
    ['detectionTraining', 5],
    ['clearanceTraining', 3],
    ['destructionTraining', 4],
    ['equipmentDevelopment', 1],
  ] as const;

  const start = iso(first, 1, 15) <= lastDay ? iso(first, 1, 15) : lastDay;
  move(school.id, { kind: 'retained', occurredOn: start, quantity: 320, purpose: null, destination: null });
  const transferYear = years[Math.floor(years.length / 2)] ?? first;
  for (const year of years) {
    if (year === transferYear) {
      const day = iso(year, 3, 2) <= lastDay ? iso(year, 3, 2) : lastDay;
      move(school.id, {
        kind: 'transferredOut',
        occurredOn: day,
        quantity: 40,
        purpose: null,
        destination: 'institution',
        counterpart: centre.institution,
      });
      move(centre.id, {
        kind: 'received',
        occurredOn: day,
        quantity: 40,
        purpose: null,
        destination: null,
        counterpart: school.institution,
      });
    }
    for (const item of [school, centre]) {
      const sessions = item === school ? rng.int(1, 3) : rng.int(0, 2);
      for (let s = 0; s < sessions; s++) {
        const held = balance.get(item.id) ?? 0;
        const quantity = Math.min(held, rng.int(4, 14));
        if (quantity <= 0) continue;
        // Late in the year, so that a transfer received in March is there to be used.
        const day = iso(year, rng.int(9, 12), rng.int(1, 28));
        if (day > lastDay) continue;
        move(item.id, {
          kind: 'consumed',
          occurredOn: day,
          quantity,
          purpose: rng.weighted(purposes),
          destination: null,
        });
      }
    }
  }
  const last = years.at(-1) ?? first;
  const sendOff = iso(last, 10, 5) <= lastDay ? iso(last, 10, 5) : lastDay;
  const spare = Math.min(20, balance.get(school.id) ?? 0);
  const kati = places.byCode.get('KOU');
  if (spare <= 0 || !kati) return [];
  move(school.id, {
    kind: 'transferredOut',
    occurredOn: sendOff,
    quantity: spare,
    purpose: null,
    destination: 'destruction',
    counterpart: `Forces armées maliennes, équipe NEDEX ${DEMO}`,
    description: 'Mines devenues instables, retirées de la formation',
  });
  return [
    record(kati, null, 'AP_MINE', 'person', {
      destroyedOn: sendOff,
      quantity: spare,
      context: 'retainedTransferred',
      operator: `Forces armées maliennes, équipe NEDEX ${DEMO}`,
      notes: `Mines conservées transférées pour destruction par l'École du génie militaire ${DEMO}`,
    }),
  ];
}

function measures(ctx: DemoContext): void {
  const { measures } = ctx.repos.stockpiles;
  const source = `Journal officiel, recherche documentaire ${DEMO}`;
  measures.create({
    kind: 'legislative',
    titleFr: `Loi autorisant la ratification de la Convention sur l'interdiction des mines antipersonnel ${DEMO}`,
    titleEn: 'Act authorising the ratification of the Anti-Personnel Mine Ban Convention (demo data)',
    summaryFr:
      'Autorise le Président de la République à ratifier la Convention signée à Ottawa le 3 décembre 1997.',
    summaryEn:
      'Authorises the President of the Republic to ratify the Convention signed in Ottawa on 3 December 1997.',
    reference: 'Référence de démonstration',
    adoptedOn: '1998-04-20',
    status: 'inForce',
    supplementaryInfo: '',
    source,
  });
  measures.create({
    kind: 'administrative',
    titleFr: `Décret portant création de la Commission nationale de lutte contre la prolifération des armes légères ${DEMO}`,
    titleEn: '',
    summaryFr:
      "Crée la commission nationale et son secrétariat permanent, point focal pour la Convention et le rapport au titre de l'article 7.",
    summaryEn: '',
    reference: 'Référence de démonstration',
    adoptedOn: '2010-09-15',
    status: 'inForce',
    supplementaryInfo: '',
    source,
  });
  measures.create({
    kind: 'penal',
    titleFr: `Avant-projet de loi réprimant les activités interdites par la Convention ${DEMO}`,
    titleEn: 'Draft act on penalties for activities prohibited by the Convention (demo data)',
    summaryFr:
      "Prévoit des sanctions pénales pour l'emploi, la mise au point, la production, le stockage et le transfert de mines antipersonnel, y compris de nature improvisée.",
    summaryEn:
      'Provides penal sanctions for the use, development, production, stockpiling and transfer of anti-personnel mines, including those of an improvised nature.',
    reference: '',
    adoptedOn: null,
    status: 'inPreparation',
    supplementaryInfo: "Texte en cours d'examen interministériel.",
    source,
  });
}

/** Demo data is nobody's change: written with the history paused, however it is called. */
export function generateStockpiles(ctx: DemoContext): void {
  ctx.repos.history.paused(() => writeStockpiles(ctx));
}

function writeStockpiles(ctx: DemoContext): void {
  const places: Places = {
    byCode: new Map(ctx.regions.map((r) => [r.code, r])),
    byId: new Map(ctx.regions.map((r) => [r.id, r])),
    cercles: ctx.cerclesByRegion,
  };
  const events = [...stockpiles(ctx, places), ...retainedMines(ctx, places), ...spotTasks(ctx, places)];
  ctx.repos.stockpiles.destruction.bulkInsert(events);
  measures(ctx);
}

import { classifyDevice, type ActivationMode, type DeviceCategory } from '../../shared/domain/devices';
import type { HazardDevice, HazardStatus } from '../../shared/domain/hazard';
import type { ReleaseMethod } from '../../shared/domain/landRelease';
import {
  originOfKind,
  type MineActionActivity,
  type OperatorKind,
  type OperatorOrigin,
} from '../../shared/domain/operator';
import demo from '../../resources/demo/mali-register.json';
import type { HazardSeed } from '../db/repositories/hazards';
import type { OperatorSeed } from '../db/repositories/operators';
import { activitiesFor, plusDays, type AreaPlan, type Fate } from './landReleaseActivities';
import type { Rng } from './rng';
import { DEMO_SIZES, type DemoContext } from './types';

/*
 * Demo land release: Mali's operators (domain.md §6), hazardous areas weighted towards the centre
 * and north, and their activities. Humanitarian NGOs and the UN do non-technical survey only;
 * technical survey and clearance are the armed forces' (MINUSMA's too until it left in 2023);
 * EOD/IEDD spot tasks by the armed forces, the police, and foreign forces until 2022. Some areas
 * end cancelled, some released, most stay open; some surveys add area. Written in bulk, the
 * lifecycle recomputed once for every area at the end.
 */

const SOURCE = 'Données de démonstration Balise (fictives)';

type OperatorKey =
  | 'fama1'
  | 'fama2'
  | 'famaDogs'
  | 'police'
  | 'unmas'
  | 'minusma'
  | 'barkhane'
  | 'mag'
  | 'dca'
  | 'drc'
  | 'amss'
  | 'tassaght'
  | 'aappor'
  | 'asdap'
  | 'ajdm'
  | 'cnlpal';

interface DemoOperator {
  name: string;
  acronym: string;
  kind: OperatorKind;
  /** Foreign forces are the one kind whose origin is not implied. */
  origin?: OperatorOrigin;
  /** National accreditation: its date and scope (none for the authority and foreign forces). */
  accredited?: { on: string; scope: readonly MineActionActivity[] };
  notes?: string;
}

/**
 * What humanitarian NGOs are accredited for in Mali (domain.md §6): risk education, community
 * liaison with marking, victim assistance. Survey and clearance are the armed forces' since 2023.
 */
const HUMANITARIAN: readonly MineActionActivity[] = ['riskEducation', 'communityLiaison', 'victimAssistance'];
const ARMED_FORCES: readonly MineActionActivity[] = [
  'nonTechnicalSurvey',
  'technicalSurvey',
  'manualClearance',
  'mechanicalClearance',
  'eodIedd',
];

const OPERATORS: Record<OperatorKey, DemoOperator> = {
  fama1: {
    name: 'Forces armées maliennes — 1re compagnie NEDEX du Génie',
    acronym: 'FAMa NEDEX 1',
    kind: 'nationalArmedForces',
    accredited: { on: '2016-03-01', scope: ARMED_FORCES },
  },
  fama2: {
    name: 'Forces armées maliennes — 2e compagnie NEDEX du Génie',
    acronym: 'FAMa NEDEX 2',
    kind: 'nationalArmedForces',
    accredited: { on: '2018-06-15', scope: ARMED_FORCES },
  },
  famaDogs: {
    name: 'Forces armées maliennes — équipe cynotechnique du Génie',
    acronym: 'FAMa CYNO',
    kind: 'nationalArmedForces',
    accredited: { on: '2019-02-01', scope: ['technicalSurvey', 'mineDetectionDogs'] },
  },
  police: {
    name: 'Police nationale — unité NEDEX',
    acronym: 'PN NEDEX',
    kind: 'police',
    accredited: { on: '2017-09-01', scope: ['eodIedd'] },
  },
  unmas: {
    name: 'Service de la lutte antimines des Nations Unies',
    acronym: 'UNMAS',
    kind: 'unitedNations',
    accredited: { on: '2016-01-15', scope: ['nonTechnicalSurvey', 'riskEducation', 'communityLiaison'] },
    notes: "Jusqu'en 2023, puis brièvement en 2024–2025.",
  },
  minusma: {
    name: 'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali',
    acronym: 'MINUSMA',
    kind: 'unitedNations',
    accredited: { on: '2016-01-15', scope: ['technicalSurvey', 'manualClearance', 'eodIedd'] },
    notes: "Jusqu'en 2023.",
  },
  barkhane: {
    name: 'Force Barkhane',
    acronym: 'Barkhane',
    kind: 'other',
    origin: 'international',
    notes: "Forces étrangères, jusqu'en 2022.",
  },
  mag: {
    name: 'Mines Advisory Group',
    acronym: 'MAG',
    kind: 'internationalNgo',
    accredited: { on: '2017-04-10', scope: HUMANITARIAN },
  },
  dca: {
    name: 'DanChurchAid',
    acronym: 'DCA',
    kind: 'internationalNgo',
    accredited: { on: '2017-11-20', scope: HUMANITARIAN },
  },
  drc: {
    name: 'Conseil danois pour les réfugiés',
    acronym: 'DRC',
    kind: 'internationalNgo',
    accredited: { on: '2018-05-07', scope: HUMANITARIAN },
  },
  amss: {
    name: 'Association malienne pour la survie au Sahel',
    acronym: 'AMSS',
    kind: 'nationalNgo',
    accredited: { on: '2018-09-03', scope: HUMANITARIAN },
  },
  tassaght: {
    name: 'TASSAGHT',
    acronym: '',
    kind: 'nationalNgo',
    accredited: { on: '2019-03-18', scope: ['riskEducation', 'communityLiaison'] },
  },
  aappor: {
    name: 'AAPPOR',
    acronym: '',
    kind: 'nationalNgo',
    accredited: { on: '2019-10-01', scope: ['riskEducation', 'victimAssistance'] },
  },
  asdap: {
    name: 'Association de soutien au développement des activités de population',
    acronym: 'ASDAP',
    kind: 'nationalNgo',
    accredited: { on: '2020-02-12', scope: HUMANITARIAN },
  },
  ajdm: {
    name: 'AJDM',
    acronym: '',
    kind: 'nationalNgo',
    accredited: { on: '2021-01-25', scope: ['riskEducation', 'communityLiaison'] },
  },
  // Last, so that the operators of earlier versions keep their seeded ids.
  cnlpal: {
    name: 'Secrétariat permanent de la Commission nationale de lutte contre la prolifération des armes légères',
    acronym: 'SP-CNLPAL',
    kind: 'nationalAuthority',
    notes: "Point focal national de la lutte antimines, en attendant l'autorité nationale.",
  },
};

/** A fictitious contact for each demo operator: Bamako numbers of the 20 00 00 xx series, example.org. */
function demoContact(
  index: number,
  acronym: string,
): Pick<OperatorSeed, 'contactName' | 'contactPhone' | 'contactEmail'> {
  const names = [
    'Aminata Traoré',
    'Moussa Coulibaly',
    'Fatoumata Diarra',
    'Ibrahim Maïga',
    'Awa Keïta',
    'Oumar Touré',
  ];
  const slug = acronym.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'operateur';
  return {
    contactName: names[index % names.length] ?? '',
    contactPhone: `+223 20 00 00 ${String(10 + index).padStart(2, '0')}`,
    contactEmail: `contact.${slug}@example.org`,
  };
}

/** Who may do what, and when (domain.md §6). */
function eligible(method: ReleaseMethod, year: number): OperatorKey[] {
  switch (method) {
    case 'nonTechnicalSurvey':
      // Since 2023 only the armed forces may survey and clear (domain.md §6): NGOs survey before that.
      return year < 2023
        ? ['mag', 'dca', 'drc', 'amss', 'tassaght', 'aappor', 'asdap', 'ajdm', 'unmas', 'fama1']
        : ['fama1', 'fama2'];
    case 'eodIedd':
      return [
        'fama1',
        'fama2',
        'police',
        ...(year < 2023 ? (['minusma'] as const) : []),
        ...(year <= 2022 ? (['barkhane'] as const) : []),
      ];
    case 'mineDetectionDogs':
      return ['famaDogs'];
    default:
      return ['fama1', 'fama2', ...(year < 2023 ? (['minusma'] as const) : [])];
  }
}

/** Weight of each region (seed codes): the centre and north hold most areas. */
const REGION_WEIGHTS: Record<string, number> = {
  MOP: 22,
  GAO: 14,
  SEG: 11,
  TOM: 10,
  MEN: 9,
  KID: 8,
  BDG: 7,
  DTZ: 7,
  TAO: 2,
  SAN: 3,
  KOU: 2,
  NAR: 1.5,
  SIK: 1,
  KTL: 1,
  BGN: 0.8,
  DIO: 0.8,
  KAY: 0.6,
  NIO: 0.6,
  KIT: 0.4,
  BKO: 0.2,
};
/** Regions created by a reform hold areas only from that year. */
const CREATED_IN: Record<string, number> = {
  TAO: 2016,
  MEN: 2016,
  BDG: 2023,
  DTZ: 2023,
  SAN: 2023,
  KTL: 2023,
  BGN: 2023,
  DIO: 2023,
  NIO: 2023,
  KIT: 2023,
  NAR: 2023,
};

/** Rough centres (latitude, longitude) of the regions, for plausible coordinates. */
const CENTRES: Record<string, [number, number]> = {
  MOP: [14.5, -4.2],
  BDG: [14.35, -3.6],
  DTZ: [15.0, -2.95],
  SEG: [13.8, -6.0],
  SAN: [13.3, -4.9],
  GAO: [16.3, 0.0],
  MEN: [15.9, 2.4],
  TOM: [16.8, -3.0],
  TAO: [22.7, -3.9],
  KID: [18.4, 1.4],
  KOU: [13.0, -7.5],
  NAR: [15.2, -7.3],
  SIK: [11.3, -5.7],
  KTL: [12.4, -5.5],
  BGN: [11.4, -7.5],
  DIO: [12.5, -6.8],
  KAY: [14.4, -11.4],
  NIO: [15.2, -9.6],
  KIT: [13.0, -9.5],
  BKO: [12.64, -8.0],
};

const LOCALITIES: Record<string, readonly string[]> = {
  MOP: ['Boni', 'Hombori', 'Mondoro', 'Dinangourou', 'Sévaré', 'Konna', 'Ténenkou', 'Dialloubé', 'Youwarou'],
  BDG: ['Bandiagara', 'Sangha', 'Dourou', 'Kani-Bonzon', 'Bankass'],
  DTZ: ['Douentza', 'Boni', 'Hombori', 'Mondoro', 'Boulkessi'],
  SEG: ['Niono', 'Macina', 'Diabaly', 'Dogofry', 'Nampala', 'Sokolo', 'Markala'],
  SAN: ['San', 'Tominian', 'Mafouné'],
  GAO: ['Ansongo', 'Bourem', 'Tessit', 'Gossi', 'Ouatagouna', 'Tin-Hama', 'Labbezanga'],
  MEN: ['Ménaka', 'Inékar', 'Andéramboukane', 'Tidermène', 'Anouzagrène'],
  TOM: ['Goundam', 'Niafunké', 'Gourma-Rharous', 'Ber', 'Léré', 'Tonka', 'Diré'],
  TAO: ['Taoudénit', 'Araouane', 'Foum-Elba'],
  KID: ['Aguelhok', 'Tessalit', 'Anéfis', 'Tin-Essako', 'Abeïbara'],
};

const NAMES = [
  (l: string) => `Piste au nord de ${l}`,
  (l: string) => `Abords du puits de ${l}`,
  (l: string) => `Champ à l'est de ${l}`,
  (l: string) => `Ancienne position militaire de ${l}`,
  (l: string) => `Gué de ${l}`,
  (l: string) => `Route de ${l}, tronçon sud`,
  (l: string) => `Pâturage de ${l}`,
];

const DEVICE_KINDS: readonly (readonly [readonly [DeviceCategory, ActivationMode], number])[] = [
  [['AP_MINE_IMPROVISED', 'person'], 9],
  [['AV_MINE_IMPROVISED', 'person'], 6],
  [['AV_MINE_IMPROVISED', 'vehicle'], 5],
  [['IED_OTHER', 'command'], 5],
  [['UXO', 'unknown'], 7],
  [['AV_MINE', 'vehicle'], 2],
  [['AXO', 'unknown'], 2],
  [['CMR', 'unknown'], 0.5],
  [['BOOBY_TRAP', 'person'], 1],
  [['UNKNOWN', 'unknown'], 2],
];

/** A version 4 UUID drawn from the seeded generator: the same seed gives the same ids. */
export function seededId(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + rng.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const device = (
  declared: DeviceCategory,
  activation: ActivationMode,
  quantity: number | null,
): HazardDevice => ({
  declaredCategory: declared,
  activation,
  ...classifyDevice(declared, activation),
  estimatedQuantity: quantity,
});

/** A day of one of the demo years, later years weighing more (contamination keeps growing). */
function recordingDay(ctx: DemoContext, regionCode: string): string {
  const from = CREATED_IN[regionCode] ?? 0;
  const years = ctx.years.filter((y) => y >= from);
  const year = ctx.rng.weighted((years.length ? years : ctx.years).map((y, i) => [y, 1 + i * 0.3] as const));
  const day = plusDays(`${year}-01-01`, ctx.rng.int(0, 364));
  return day <= ctx.lastDay ? day : ctx.lastDay;
}

/** The 24 curated areas of `resources/demo`, dates brought within the demo's years. */
function curatedAreas(ctx: DemoContext): HazardSeed[] {
  const first = `${ctx.years[0] ?? 2024}-01-01`;
  return demo.areas.flatMap((a) => {
    const region = ctx.regions.find((r) => r.code === a.region);
    if (!region) return [];
    const cercle = (ctx.cerclesByRegion.get(region.id) ?? []).find((c) => c.nameFr === a.cercle) ?? null;
    let recordedOn = a.recordedOn < first ? `${first.slice(0, 4)}${a.recordedOn.slice(4)}` : a.recordedOn;
    if (recordedOn > ctx.lastDay) recordedOn = ctx.lastDay;
    return [
      {
        id: seededId(ctx.rng),
        code: a.code,
        name: a.name,
        regionId: region.id,
        lowerUnitId: cercle?.id ?? null,
        locality: a.locality,
        latitude: a.lat,
        longitude: a.lon,
        status: a.status as HazardStatus,
        devices: (a.devices as [DeviceCategory, ActivationMode, number | null][]).map(([c, m, q]) =>
          device(c, m, q),
        ),
        estimatedAreaM2: a.m2,
        recordedOn,
        source: demo.source,
        notes: '',
        createdAt: `${recordedOn}T08:00:00.000Z`,
      },
    ];
  });
}

/** Generated areas after the curated ones, codes numbered on from each region's last. */
function generatedAreas(ctx: DemoContext, count: number, taken: HazardSeed[]): HazardSeed[] {
  const { rng } = ctx;
  const next = new Map<string, number>();
  for (const a of taken) {
    const [prefix, n] = a.code.split('-');
    if (prefix && n) next.set(prefix, Math.max(next.get(prefix) ?? 0, Number(n)));
  }
  const weights = ctx.regions.map((r) => [r, REGION_WEIGHTS[r.code] ?? 0.2] as const);
  const out: HazardSeed[] = [];
  for (let i = 0; i < count; i += 1) {
    const region = rng.weighted(weights);
    const n = (next.get(region.code) ?? 0) + 1;
    next.set(region.code, n);
    const cercles = ctx.cerclesByRegion.get(region.id) ?? [];
    const cercle = cercles.length > 0 && rng.chance(0.8) ? rng.pick(cercles) : null;
    const locality = rng.pick(LOCALITIES[region.code] ?? [cercle?.nameFr ?? region.nameFr]);
    const [lat, lon] = CENTRES[region.code] ?? [14, -4];
    const recordedOn = recordingDay(ctx, region.code);
    const kinds = new Map<string, HazardDevice>();
    for (let k = rng.int(0, 2); k > 0; k -= 1) {
      const [c, m] = rng.weighted(DEVICE_KINDS);
      kinds.set(`${c}/${m}`, device(c, m, rng.chance(0.5) ? rng.int(1, 12) : null));
    }
    const estimated = Math.round((Math.exp(rng.next() * Math.log(400)) * 500) / 50) * 50;
    out.push({
      id: seededId(rng),
      code: `${region.code}-${String(n).padStart(4, '0')}`,
      name: rng.pick(NAMES)(locality),
      regionId: region.id,
      lowerUnitId: cercle?.id ?? null,
      locality,
      latitude: Math.round((lat + (rng.next() - 0.5) * 1.2) * 1000) / 1000,
      longitude: Math.round((lon + (rng.next() - 0.5) * 1.6) * 1000) / 1000,
      status: rng.chance(0.4) ? 'confirmed' : 'suspected',
      devices: [...kinds.values()],
      estimatedAreaM2: estimated,
      recordedOn,
      source: `${SOURCE} — ${rng.pick(['enquête non technique', "rapport d'incident", 'information communautaire', 'rapport NEDEX'])}`,
      notes: '',
      createdAt: `${recordedOn}T08:00:00.000Z`,
    });
  }
  return out;
}

/** What becomes of each area, and how many activities it gets: the total near DEMO_SIZES. */
function planFor(ctx: DemoContext, area: HazardSeed, mean: number): AreaPlan {
  const fate = ctx.rng.weighted<Fate>([
    ['untouched', 0.18],
    ['cancelled', 0.12],
    ['released', 0.25],
    ['open', 0.45],
  ]);
  const steps =
    fate === 'cancelled' || fate === 'untouched'
      ? 1
      : Math.max(2, Math.round(mean * 1.75 + (ctx.rng.next() - 0.5) * 3));
  return { ...area, fate, steps: fate === 'untouched' && ctx.rng.chance(0.6) ? 0 : steps };
}

/** Writes operators, hazardous areas and land release activities for the demo database. */
/** Demo data is nobody's change: written with the history paused, however it is called. */
export function generateLandRelease(ctx: DemoContext): void {
  ctx.repos.history.paused(() => writeLandRelease(ctx));
}

function writeLandRelease(ctx: DemoContext): void {
  const { rng, repos } = ctx;
  const size = DEMO_SIZES[ctx.scale];
  const ids = new Map<OperatorKey, string>();
  const firstDay = `${ctx.years[0] ?? 2024}-01-01`;
  const operators: OperatorSeed[] = (Object.keys(OPERATORS) as OperatorKey[]).map((key, index) => {
    const o = OPERATORS[key];
    const id = seededId(rng);
    ids.set(key, id);
    return {
      id,
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      origin: o.origin ?? originOfKind(o.kind),
      accreditedOn: o.accredited?.on ?? null,
      accreditationScope: [...(o.accredited?.scope ?? [])],
      ...demoContact(index, o.acronym || o.name),
      notes: o.notes ?? '',
      createdAt: `${firstDay}T08:00:00.000Z`,
    };
  });
  repos.operators.bulkInsert(operators);

  const curated = curatedAreas(ctx);
  const areas = [
    ...curated,
    ...generatedAreas(ctx, Math.max(0, size.hazardousAreas - curated.length), curated),
  ];
  repos.hazards.bulkInsert(areas);

  const mean = size.landReleaseActivities / Math.max(1, areas.length);
  const context = {
    rng,
    lastDay: ctx.lastDay,
    newId: () => seededId(rng),
    operatorFor: (method: ReleaseMethod, year: number) => ids.get(rng.pick(eligible(method, year))) as string,
  };
  repos.landRelease.bulkInsert(areas.flatMap((area) => activitiesFor(context, planFor(ctx, area, mean))));
  repos.landRelease.recomputeAll();
}

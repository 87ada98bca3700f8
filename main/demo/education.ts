import type { AssistanceService } from '../../shared/domain/assistance';
import type { AdminUnit } from '../../shared/domain/country';
import type { DeliveryMethod, EducationKind } from '../../shared/domain/education';
import type { PeopleCounts } from '../../shared/domain/people';
import type { RiskEducationSeed } from '../db/repositories/riskEducation';
import type { VictimAssistanceSeed } from '../db/repositories/victimAssistance';
import { seededId } from './landRelease';
import type { Rng } from './rng';
import type { DemoContext, DemoScale } from './types';

/*
 * Demo risk education and victim assistance (domain.md §5, §6): humanitarian and national NGOs
 * (the operators of the demo, generated before) hold sessions in villages and schools, and run
 * radio campaigns in the national languages, mostly in the centre and north; a few thousand
 * victim assistance services go to survivors and their families. People are counted by sex and
 * age with the unknowns and the totals-only figures real reports have, so the completeness score
 * is neither 0 nor 100 %.
 */

/** Risk education records in a full year at national scale, before the yearly trend. */
const EDUCATION_PER_YEAR = 2300;
const ASSISTANCE_PER_YEAR = 320;
const SCALE_FACTOR: Record<DemoScale, number> = { small: 0.05, national: 1, large: 5 };

const SOURCE = 'Données de démonstration Balise (fictives)';

/** The centre and north carry most of the work; Bamako and the south little. */
const REGION_WEIGHTS: Record<string, number> = {
  MOP: 26,
  GAO: 13,
  SEG: 12,
  TOM: 10,
  MEN: 7,
  KID: 5,
  BDG: 8,
  DTZ: 6,
  SAN: 3,
  TAO: 1,
  KOU: 2,
  SIK: 1.5,
  KAY: 1,
  BKO: 1.5,
};
/** Regions created by a reform receive records only from that year, as in the incidents demo. */
const CREATED_IN: Record<string, number> = { TAO: 2016, MEN: 2016 };
const LATER_REFORM_YEAR = 2023;

/** The national languages spoken in each region, most used first (ISO 639 codes, '' = Dogon). */
const REGION_LANGUAGES: Record<string, readonly string[]> = {
  KAY: ['bam', 'snk'],
  NIO: ['snk', 'bam'],
  KIT: ['bam'],
  KOU: ['bam'],
  DIO: ['bam'],
  NAR: ['snk', 'ful', 'bam'],
  BKO: ['bam'],
  SIK: ['bam'],
  KTL: ['bam'],
  BGN: ['bam'],
  SEG: ['bam', 'ful'],
  SAN: ['bam', 'ful'],
  MOP: ['ful', 'bam', 'dogon', 'son'],
  BDG: ['dogon', 'ful'],
  DTZ: ['ful', 'dogon', 'son'],
  TOM: ['son', 'tmh'],
  GAO: ['son', 'tmh', 'ful'],
  MEN: ['tmh', 'son'],
  KID: ['tmh'],
  TAO: ['tmh'],
};

const LOCALITIES: Record<string, readonly string[]> = {
  MOP: ['Boni', 'Hombori', 'Konna', 'Sévaré', 'Djenné', 'Ténenkou', 'Youwarou'],
  BDG: ['Bandiagara', 'Sangha', 'Bankass', 'Koro'],
  DTZ: ['Douentza', 'Boni', 'Mondoro', 'Dinangourou'],
  SEG: ['Niono', 'Macina', 'Diabaly', 'Nampala', 'Markala'],
  SAN: ['San', 'Tominian'],
  GAO: ['Ansongo', 'Bourem', 'Gao', 'Tessit', 'Ouatagouna'],
  MEN: ['Ménaka', 'Inékar', 'Andéramboukane'],
  TOM: ['Goundam', 'Niafunké', 'Gourma-Rharous', 'Tombouctou', 'Léré'],
  KID: ['Kidal', 'Aguelhok', 'Tessalit', 'Anéfis'],
  TAO: ['Taoudénit', 'Araouane'],
  BKO: ['Bamako'],
};

const TARGET_GROUPS: readonly string[] = [
  'Élèves et enseignants',
  'Bergers et transhumants',
  'Personnes déplacées internes',
  'Femmes des groupements villageois',
  'Chauffeurs et transporteurs',
  'Leaders communautaires et religieux',
  'Enfants hors de l’école',
  '',
];

const INSTITUTIONS: Record<string, string> = {
  BKO: 'Centre national d’appareillage orthopédique du Mali (CNAOM)',
  MOP: 'Hôpital Sominé Dolo de Mopti',
  GAO: 'Hôpital régional de Gao',
  TOM: 'Hôpital régional de Tombouctou',
  SEG: 'Hôpital Nianankoro Fomba de Ségou',
};
const SOCIAL_SERVICE = 'Service local du développement social et de l’économie solidaire';

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Place {
  region: AdminUnit;
  lowerUnitId: string | null;
  locality: string;
}

/** Work grew with the threat: little before 2016, then more each year to a plateau. */
function yearTrend(year: number): number {
  if (year < 2013) return 0.3;
  if (year < 2016) return 0.45;
  return Math.min(1.25, 0.6 + (year - 2016) * 0.1);
}

function regionWeights(regions: readonly AdminUnit[], year: number): (readonly [AdminUnit, number])[] {
  return regions
    .map((r) => {
      const created = CREATED_IN[r.code] ?? (r.predecessorId ? LATER_REFORM_YEAR : 0);
      return [r, year < created ? 0 : (REGION_WEIGHTS[r.code] ?? 0.5)] as const;
    })
    .filter(([, w]) => w > 0);
}

function placeIn(ctx: DemoContext, region: AdminUnit): Place {
  const cercles = ctx.cerclesByRegion.get(region.id) ?? [];
  const cercle = cercles.length > 0 && ctx.rng.chance(0.7) ? ctx.rng.pick(cercles) : null;
  const localities = LOCALITIES[region.code];
  return {
    region,
    lowerUnitId: cercle?.id ?? null,
    locality: localities ? ctx.rng.pick(localities) : (cercle?.nameFr ?? ''),
  };
}

/**
 * `n` people split into girls, boys, women, men and unknown, the way reports come: most fully
 * disaggregated, some with many unknowns, some known only as a total.
 */
function peopleOf(rng: Rng, n: number, childShare: number, femaleShare: number): PeopleCounts {
  const quality = rng.next();
  if (quality < 0.1) return { girls: 0, boys: 0, women: 0, men: 0, unknown: 0, total: n, disabled: null };
  const unknownShare = quality < 0.25 ? 0.3 + rng.next() * 0.6 : rng.next() * 0.08;
  const unknown = Math.round(n * unknownShare);
  const known = n - unknown;
  const children = Math.round(known * Math.min(1, Math.max(0, childShare + (rng.next() - 0.5) * 0.2)));
  const female = Math.min(1, Math.max(0, femaleShare + (rng.next() - 0.5) * 0.2));
  const girls = Math.round(children * female);
  const women = Math.round((known - children) * female);
  const counts = { girls, boys: children - girls, women, men: known - children - women, unknown };
  return {
    ...counts,
    // Some reports give the total too; it then equals the parts.
    total: rng.chance(0.3) ? n : null,
    disabled: rng.chance(0.3) ? Math.round(n * rng.next() * 0.06) : null,
  };
}

const METHODS: readonly (readonly [DeliveryMethod, number])[] = [
  ['inPerson', 55],
  ['radio', 25],
  ['printed', 7],
  ['mixed', 5],
  ['digital', 5],
  ['other', 3],
];

interface Languages {
  french: string | null;
  byCode: Map<string, string>;
}

function languagesOf(ctx: DemoContext): Languages {
  const byCode = new Map<string, string>();
  for (const l of ctx.repos.education.languages.list()) {
    if (l.code) byCode.set(l.code, l.id);
    else if (l.nameFr === 'Dogon') byCode.set('dogon', l.id);
  }
  return { french: byCode.get('fra') ?? null, byCode };
}

/** The languages of a record: national ones of the region for radio and sessions, French for print. */
function recordLanguages(rng: Rng, langs: Languages, regionCode: string, method: DeliveryMethod): string[] {
  const national = (REGION_LANGUAGES[regionCode] ?? ['bam'])
    .map((c) => langs.byCode.get(c))
    .filter((id): id is string => id !== undefined);
  const first = national.length > 0 ? national[Math.min(national.length - 1, rng.int(0, 1))] : undefined;
  const chosen = new Set<string>();
  const printedOrDigital = method === 'printed' || method === 'digital';
  if (printedOrDigital && langs.french) chosen.add(langs.french);
  if (first && (!printedOrDigital || rng.chance(0.4))) chosen.add(first);
  if (method === 'radio' && national.length > 1 && rng.chance(0.3)) chosen.add(rng.pick(national));
  if (method === 'inPerson' && langs.french && rng.chance(0.15)) chosen.add(langs.french);
  if (chosen.size === 0 && langs.french) chosen.add(langs.french);
  return [...chosen];
}

function educationRecord(
  ctx: DemoContext,
  place: Place,
  startMs: number,
  lastMs: number,
  operatorId: string,
  langs: Languages,
): RiskEducationSeed | null {
  const { rng } = ctx;
  const method = rng.weighted(METHODS);
  const languageIds = recordLanguages(rng, langs, place.region.code, method);
  if (languageIds.length === 0) return null;
  const massMedia = method !== 'inPerson' && method !== 'other';
  const kind: EducationKind = massMedia || rng.chance(0.12) ? 'campaign' : 'session';
  const days = kind === 'campaign' ? rng.int(7, 90) : 0;
  const endMs = Math.min(startMs + days * DAY_MS, lastMs);
  const sessionCount =
    kind === 'campaign' ? rng.int(method === 'radio' ? 4 : 2, method === 'radio' ? 40 : 15) : 1;
  // Schools and villages: many children; radio is counted only by its audience.
  const counted =
    method === 'radio' || method === 'digital' || method === 'printed'
      ? 0
      : sessionCount * rng.int(15, method === 'mixed' ? 150 : 90);
  const reach = massMedia ? rng.int(20, 600) * 500 : null;
  const startedOn = isoDay(startMs);
  return {
    id: seededId(rng),
    createdAt: `${isoDay(endMs)}T10:00:00.000Z`,
    kind,
    startedOn,
    endedOn: kind === 'campaign' ? isoDay(endMs) : null,
    regionId: place.region.id,
    lowerUnitId: place.lowerUnitId,
    locality:
      method === 'radio' ? `Radio rurale de ${place.locality || place.region.nameFr}` : place.locality,
    method,
    languageIds,
    operatorId,
    sessionCount,
    beneficiaries:
      counted > 0
        ? peopleOf(rng, counted, 0.6, 0.5)
        : { girls: 0, boys: 0, women: 0, men: 0, unknown: 0, total: null, disabled: null },
    massMediaReach: reach,
    targetGroups: rng.pick(TARGET_GROUPS),
    source: `${SOURCE} — rapport de l’opérateur`,
  };
}

const SERVICES: readonly (readonly [AssistanceService, number])[] = [
  ['medical', 35],
  ['psychological', 25],
  ['rehabilitation', 20],
  ['socioEconomic', 20],
];

function assistanceRecord(
  ctx: DemoContext,
  place: Place,
  startMs: number,
  lastMs: number,
  operators: readonly string[],
): VictimAssistanceSeed {
  const { rng } = ctx;
  const service = rng.weighted(SERVICES);
  const hospital = INSTITUTIONS[place.region.code];
  const institution =
    service === 'socioEconomic' && rng.chance(0.2)
      ? SOCIAL_SERVICE
      : (service === 'medical' || service === 'rehabilitation') && hospital && rng.chance(0.4)
        ? hospital
        : '';
  const period = service !== 'medical' && rng.chance(0.6);
  const endMs = Math.min(startMs + rng.int(14, 180) * DAY_MS, lastMs);
  // Survivors are mostly men and boys; families and communities bring women and girls.
  const n = rng.int(1, service === 'psychological' || service === 'socioEconomic' ? 25 : 8);
  return {
    id: seededId(rng),
    createdAt: `${isoDay(period ? endMs : startMs)}T10:00:00.000Z`,
    startedOn: isoDay(startMs),
    endedOn: period ? isoDay(endMs) : null,
    regionId: place.region.id,
    lowerUnitId: place.lowerUnitId,
    locality: place.locality,
    operatorId: institution ? null : rng.pick(operators),
    institution,
    service,
    beneficiaries: peopleOf(rng, n, 0.3, service === 'medical' ? 0.2 : 0.4),
    notes: '',
    source: `${SOURCE} — fiche de suivi`,
  };
}

/** Writes risk education sessions and campaigns, then victim assistance, in bulk. */
/** Demo data is nobody's change: written with the history paused, however it is called. */
export function generateEducation(ctx: DemoContext): void {
  ctx.repos.history.paused(() => writeEducation(ctx));
}

function writeEducation(ctx: DemoContext): void {
  const { rng, repos } = ctx;
  const operators = ['internationalNgo', 'nationalNgo'].flatMap((kind) =>
    repos.operators
      .list({
        kind: kind as 'internationalNgo' | 'nationalNgo',
        sort: 'name',
        direction: 'asc',
        limit: 1000,
        offset: 0,
      })
      .rows.map((o) => o.id),
  );
  if (operators.length === 0) return;
  const langs = languagesOf(ctx);
  const lastMs = Date.parse(`${ctx.lastDay}T00:00:00Z`);
  const factor = SCALE_FACTOR[ctx.scale];
  const education: RiskEducationSeed[] = [];
  const assistance: VictimAssistanceSeed[] = [];

  for (const year of ctx.years) {
    const firstMs = Date.UTC(year, 0, 1);
    const yearEndMs = Math.min(Date.UTC(year, 11, 31), lastMs);
    if (yearEndMs < firstMs) continue;
    const regions = regionWeights(ctx.regions, year);
    if (regions.length === 0) continue;
    const share = (yearEndMs - firstMs + DAY_MS) / (366 * DAY_MS);
    const day = () => firstMs + rng.int(0, Math.round((yearEndMs - firstMs) / DAY_MS)) * DAY_MS;
    // ±10% from year to year, so the series does not look drawn with a ruler.
    const trend = yearTrend(year) * share * factor * (0.9 + rng.next() * 0.2);
    const sessions = Math.round(EDUCATION_PER_YEAR * trend);
    for (let n = 0; n < sessions; n += 1) {
      const place = placeIn(ctx, rng.weighted(regions));
      const record = educationRecord(ctx, place, day(), lastMs, rng.pick(operators), langs);
      if (record) education.push(record);
    }
    const services = Math.max(1, Math.round(ASSISTANCE_PER_YEAR * trend));
    for (let n = 0; n < services; n += 1) {
      assistance.push(assistanceRecord(ctx, placeIn(ctx, rng.weighted(regions)), day(), lastMs, operators));
    }
  }
  repos.education.sessions.bulkInsert(education);
  repos.education.assistance.bulkInsert(assistance);
}

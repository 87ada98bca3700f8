import type { AdminUnit } from '../../shared/domain/country';
import { classifyDevice, type ActivationMode, type DeviceCategory } from '../../shared/domain/devices';
import type { IncidentTarget } from '../../shared/domain/incident';
import type { IncidentAreaRef, IncidentRecord } from '../db/repositories/incidents';
import type { Rng } from './rng';
import type { DemoContext, DemoScale } from './types';

/*
 * Demo incidents: a few hundred a year nationally, rising after 2016, mostly in the centre and
 * north (domain.md §6), mostly improvised devices. A share are improvised AV mines set off by a
 * person, which the Convention's rule records as improvised AP mines; some are command-detonated
 * IEDs (not mines), some ERW. Some happen inside areas of the register (created by the land
 * release generator, which runs first).
 */

/** Incidents in a full year at national scale, before any yearly trend. */
const NATIONAL_PER_YEAR = 320;
const SCALE_FACTOR: Record<DemoScale, number> = { small: 0.1, national: 1, large: 5 };

/** Weight of each region (seed codes); the centre and north carry most incidents. */
const REGION_WEIGHTS: Record<string, number> = {
  MOP: 30,
  GAO: 14,
  SEG: 12,
  TOM: 10,
  MEN: 8,
  KID: 6,
  BDG: 8,
  DTZ: 6,
  TAO: 2,
  SAN: 2,
  KOU: 2,
  SIK: 1,
  KAY: 1,
  BKO: 0.2,
};
/** Regions created by a reform receive incidents only from that year; before, their predecessor does. */
const CREATED_IN: Record<string, number> = { TAO: 2016, MEN: 2016 };
const LATER_REFORM_YEAR = 2023;
/** Since 2021 the threat spreads south and west: those regions weigh more. */
const SPREADING = new Set(['KOU', 'SIK', 'KAY', 'KTL', 'BGN', 'DIO', 'NIO', 'KIT', 'NAR']);

/** Rough centres (latitude, longitude) for plausible coordinates; others get none. */
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
  SIK: [11.3, -5.7],
  KAY: [14.4, -11.4],
};

const LOCALITIES: Record<string, readonly string[]> = {
  MOP: ['Boni', 'Hombori', 'Mondoro', 'Dinangourou', 'Sévaré', 'Konna', 'Djibo (route de)', 'Ténenkou'],
  BDG: ['Bandiagara', 'Sangha', 'Dourou', 'Kani-Bonzon'],
  DTZ: ['Douentza', 'Boni', 'Hombori', 'Mondoro'],
  SEG: ['Niono', 'Macina', 'Diabaly', 'Dogofry', 'Nampala', 'Sokolo'],
  SAN: ['San', 'Tominian', 'Mafouné'],
  GAO: ['Ansongo', 'Bourem', 'Tessit', 'Gossi', 'Ouatagouna', 'Tin-Hama'],
  MEN: ['Ménaka', 'Inékar', 'Andéramboukane', 'Tidermène'],
  TOM: ['Goundam', 'Niafunké', 'Gourma-Rharous', 'Ber', 'Léré', 'Tonka'],
  TAO: ['Taoudénit', 'Araouane', 'Foum-Elba'],
  KID: ['Aguelhok', 'Tessalit', 'Anéfis', 'Tin-Essako', 'Abeïbara'],
  KOU: ['Nara', 'Kolokani', 'Banamba'],
  SIK: ['Kadiolo', 'Yorosso', 'Koutiala'],
  KAY: ['Nioro du Sahel', 'Diéma', 'Kita'],
};

interface DeviceDraw {
  declared: DeviceCategory;
  activation: ActivationMode;
  weight: number;
  /** Most killed and injured one such incident usually counts. */
  killed: number;
  injured: number;
}

/** Improvised devices dominate; a share of "AV" ones are set off by people (the rule's case). */
const DEVICES: readonly DeviceDraw[] = [
  { declared: 'AV_MINE_IMPROVISED', activation: 'vehicle', weight: 26, killed: 5, injured: 8 },
  { declared: 'AV_MINE_IMPROVISED', activation: 'person', weight: 12, killed: 2, injured: 3 },
  { declared: 'IED_OTHER', activation: 'command', weight: 17, killed: 6, injured: 10 },
  { declared: 'IED_OTHER', activation: 'person', weight: 6, killed: 2, injured: 3 },
  { declared: 'AP_MINE_IMPROVISED', activation: 'person', weight: 6, killed: 1, injured: 3 },
  { declared: 'AP_MINE_IMPROVISED', activation: 'command', weight: 2, killed: 3, injured: 5 },
  { declared: 'BOOBY_TRAP', activation: 'person', weight: 3, killed: 1, injured: 2 },
  { declared: 'IED_OTHER', activation: 'unknown', weight: 4, killed: 3, injured: 4 },
  { declared: 'AV_MINE', activation: 'vehicle', weight: 3, killed: 4, injured: 6 },
  { declared: 'AP_MINE', activation: 'person', weight: 1, killed: 1, injured: 2 },
  { declared: 'UXO', activation: 'unknown', weight: 12, killed: 2, injured: 4 },
  { declared: 'AXO', activation: 'unknown', weight: 2, killed: 1, injured: 3 },
  { declared: 'CMR', activation: 'unknown', weight: 1, killed: 1, injured: 2 },
  { declared: 'UNKNOWN', activation: 'unknown', weight: 5, killed: 2, injured: 3 },
];

const DESCRIPTIONS: Record<ActivationMode, readonly string[]> = {
  vehicle: [
    'Véhicule civil de transport ayant sauté sur un engin sur la piste.',
    "Véhicule d'une patrouille ayant sauté sur un engin à la sortie du village.",
    'Camion de marchandises touché sur la route du marché hebdomadaire.',
  ],
  person: [
    'Berger ayant déclenché un engin en conduisant son troupeau.',
    'Villageoise blessée en allant aux champs par un engin à plaque de pression.',
    'Engin déclenché par un passant près du point d\u2019eau.',
  ],
  command: [
    'Engin déclenché à distance au passage d\u2019un convoi.',
    'Explosion commandée visant un poste de contrôle.',
  ],
  unknown: [
    'Enfants ayant manipulé un objet explosif trouvé près de l\u2019école.',
    'Munition découverte lors de travaux agricoles, explosion à la manipulation.',
    'Explosion signalée sans détail sur l\u2019engin.',
  ],
};

const SOURCES: readonly string[] = [
  'Compagnie NEDEX des FAMa, rapport d\u2019intervention',
  'Direction régionale de la protection civile',
  'Comité local de liaison communautaire',
  'Gendarmerie nationale, procès-verbal',
  'Mairie de la commune, déclaration',
  'ONG partenaire, fiche d\u2019incident',
];
/** The UN mission's mine action service reported until it left (2023). */
const UN_SOURCE = 'UNMAS / MINUSMA, rapport hebdomadaire';

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function targetFor(rng: Rng, year: number): IncidentTarget {
  const peacekeepers = year <= 2023 ? 9 : 1;
  return rng.weighted<IncidentTarget>([
    ['civilian', 46],
    ['securityForces', 34],
    ['peacekeepers', peacekeepers],
    ['humanitarian', 3],
    ['unknown', 7],
  ]);
}

function regionWeights(regions: readonly AdminUnit[], year: number): (readonly [AdminUnit, number])[] {
  return regions
    .map((r) => {
      const created = CREATED_IN[r.code] ?? (r.predecessorId ? LATER_REFORM_YEAR : 0);
      if (year < created) return [r, 0] as const;
      const base = REGION_WEIGHTS[r.code] ?? 0.5;
      return [r, SPREADING.has(r.code) && year >= 2021 ? base * 3 : base] as const;
    })
    .filter(([, w]) => w > 0);
}

/** How many incidents a year has: few before 2016, then a rise, a peak around 2021–2023. */
function yearTrend(year: number): number {
  if (year < 2013) return 0.15;
  if (year < 2016) return 0.35;
  return Math.min(1.25, 0.5 + (year - 2016) * 0.15);
}

/** Demo data is nobody's change: written with the history paused, however it is called. */
export function generateIncidents(ctx: DemoContext): void {
  ctx.repos.history.paused(() => writeIncidents(ctx));
}

function writeIncidents(ctx: DemoContext): void {
  const { rng, repos } = ctx;
  const areasByRegion = new Map<string, IncidentAreaRef[]>();
  for (const a of repos.incidents.areaRefs()) {
    const list = areasByRegion.get(a.regionId) ?? [];
    list.push(a);
    areasByRegion.set(a.regionId, list);
  }
  const lastMs = Date.parse(`${ctx.lastDay}T00:00:00Z`);
  const devices = DEVICES.map((d) => [d, d.weight] as const);
  const records: IncidentRecord[] = [];

  for (const year of ctx.years) {
    const startMs = Date.UTC(year, 0, 1);
    const endMs = Math.min(Date.UTC(year, 11, 31), lastMs);
    if (endMs < startMs) continue;
    const share = (endMs - startMs + DAY_MS) / (366 * DAY_MS);
    // ±10% from year to year, so the series does not look drawn with a ruler.
    const noise = 0.9 + rng.next() * 0.2;
    const count = Math.round(NATIONAL_PER_YEAR * SCALE_FACTOR[ctx.scale] * yearTrend(year) * share * noise);
    const regions = regionWeights(ctx.regions, year);
    if (regions.length === 0) continue;
    for (let n = 0; n < count; n += 1) {
      const occurredMs = startMs + rng.int(0, Math.round((endMs - startMs) / DAY_MS)) * DAY_MS;
      const region = rng.weighted(regions);
      const device = rng.weighted(devices);
      const areas = areasByRegion.get(region.id) ?? [];
      const area = areas.length > 0 && rng.chance(0.2) ? rng.pick(areas) : null;
      const cercles = ctx.cerclesByRegion.get(region.id) ?? [];
      const cercle = area
        ? area.lowerUnitId
        : cercles.length > 0 && rng.chance(0.8)
          ? rng.pick(cercles).id
          : null;
      const centre = CENTRES[region.code];
      let latitude: number | null = null;
      let longitude: number | null = null;
      if (area && area.latitude !== null && area.longitude !== null) {
        latitude = area.latitude + (rng.next() - 0.5) * 0.01;
        longitude = area.longitude + (rng.next() - 0.5) * 0.01;
      } else if (centre && rng.chance(0.7)) {
        latitude = centre[0] + (rng.next() - 0.5) * 1.2;
        longitude = centre[1] + (rng.next() - 0.5) * 1.2;
      }
      const reportedMs = Math.min(occurredMs + rng.int(0, 20) * DAY_MS, lastMs);
      const unYears = year <= 2023;
      records.push({
        occurredOn: isoDay(occurredMs),
        regionId: region.id,
        lowerUnitId: cercle,
        locality: rng.pick(LOCALITIES[region.code] ?? ['']),
        latitude: latitude === null ? null : Math.round(latitude * 1e5) / 1e5,
        longitude: longitude === null ? null : Math.round(longitude * 1e5) / 1e5,
        declaredCategory: device.declared,
        activation: device.activation,
        ...classifyDevice(device.declared, device.activation),
        target: targetFor(rng, year),
        hazardAreaId: area?.id ?? null,
        killedTotal: rng.chance(0.45) ? rng.int(1, device.killed) : 0,
        injuredTotal: rng.chance(0.7) ? rng.int(1, device.injured) : 0,
        description: rng.pick(DESCRIPTIONS[device.activation]),
        reportedBy: unYears && rng.chance(0.3) ? UN_SOURCE : rng.pick(SOURCES),
        reportedOn: isoDay(reportedMs),
      });
    }
  }
  repos.incidents.bulkInsert(records);
}

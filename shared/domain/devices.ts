import { z } from 'zod';
import { assertNever } from '../assert';

/**
 * Device categories (domain.md §3). Improvised AP mines are kept apart from factory-made AP mines
 * and from other IEDs, but they count as AP mines.
 */
export const DEVICE_CATEGORIES = [
  'AP_MINE',
  'AP_MINE_IMPROVISED',
  'AV_MINE',
  'AV_MINE_IMPROVISED',
  'IED_OTHER',
  'BOOBY_TRAP',
  'CMR',
  'UXO',
  'AXO',
  'SAA',
  'UNKNOWN',
] as const;
export type DeviceCategory = (typeof DEVICE_CATEGORIES)[number];
export const deviceCategorySchema = z.enum(DEVICE_CATEGORIES, { error: 'validation.choice' });

/** What sets a device off. The Convention defines an AP mine by this, not by the device's label. */
export const ACTIVATION_MODES = ['person', 'vehicle', 'command', 'unknown'] as const;
export type ActivationMode = (typeof ACTIVATION_MODES)[number];
export const activationModeSchema = z.enum(ACTIVATION_MODES, { error: 'validation.choice' });

/** Why a device was recorded under another category than the one declared. */
export type Reclassification = 'victimActivatedImprovised' | 'commandDetonatedNotMine';

export interface DeviceClassification {
  category: DeviceCategory;
  reclassifiedBecause: Reclassification | null;
}

/** Improvised or unidentified devices a person can set off: recorded as improvised AP mines. */
const BECOMES_IMPROVISED_AP_WHEN_VICTIM_ACTIVATED: ReadonlySet<DeviceCategory> = new Set([
  'AV_MINE_IMPROVISED',
  'IED_OTHER',
  'BOOBY_TRAP',
]);

/** The activation a declared category usually has, used to preset forms. */
export function defaultActivation(category: DeviceCategory): ActivationMode {
  switch (category) {
    case 'AP_MINE':
    case 'AP_MINE_IMPROVISED':
      return 'person';
    case 'AV_MINE':
    case 'AV_MINE_IMPROVISED':
      return 'vehicle';
    case 'IED_OTHER':
      return 'command';
    // A booby trap a person sets off is an improvised AP mine: ask rather than presume.
    case 'BOOBY_TRAP':
    case 'CMR':
    case 'UXO':
    case 'AXO':
    case 'SAA':
    case 'UNKNOWN':
      return 'unknown';
    default:
      return assertNever(category);
  }
}

/**
 * The rule users forget (domain.md §3): anything a person can set off is an AP mine, so a
 * victim-activated improvised device is an improvised AP mine; a command-detonated improvised
 * device is not a mine at all. Factory-made AV mines keep their category: the Convention excludes
 * AV mines fitted with anti-handling devices from the AP definition.
 */
export function classifyDevice(declared: DeviceCategory, activation: ActivationMode): DeviceClassification {
  if (activation === 'person' && BECOMES_IMPROVISED_AP_WHEN_VICTIM_ACTIVATED.has(declared)) {
    return { category: 'AP_MINE_IMPROVISED', reclassifiedBecause: 'victimActivatedImprovised' };
  }
  if (activation === 'command' && declared === 'AP_MINE_IMPROVISED') {
    return { category: 'IED_OTHER', reclassifiedBecause: 'commandDetonatedNotMine' };
  }
  return { category: declared, reclassifiedBecause: null };
}

/**
 * A factory-made AP mine is set off by a person by definition; declaring it vehicle- or
 * command-activated is a contradiction the user must resolve (a Claymore in command mode is
 * recorded as "other IED", not as an AP mine).
 */
export function isContradictoryActivation(declared: DeviceCategory, activation: ActivationMode): boolean {
  return declared === 'AP_MINE' && (activation === 'vehicle' || activation === 'command');
}

/** Categories counted as AP mines in Convention figures. */
export function isApMine(category: DeviceCategory): boolean {
  return category === 'AP_MINE' || category === 'AP_MINE_IMPROVISED';
}

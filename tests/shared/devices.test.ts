import { describe, expect, it } from 'vitest';
import {
  classifyDevice,
  DEVICE_CATEGORIES,
  defaultActivation,
  isApMine,
  isContradictoryActivation,
} from '../../shared/domain/devices';

describe('the improvised-device rule (domain.md §3)', () => {
  it('records a victim-activated improvised AV mine as an improvised AP mine, saying why', () => {
    expect(classifyDevice('AV_MINE_IMPROVISED', 'person')).toEqual({
      category: 'AP_MINE_IMPROVISED',
      reclassifiedBecause: 'victimActivatedImprovised',
    });
  });

  it('does the same for other improvised devices and booby traps a person sets off', () => {
    expect(classifyDevice('IED_OTHER', 'person').category).toBe('AP_MINE_IMPROVISED');
    expect(classifyDevice('BOOBY_TRAP', 'person').category).toBe('AP_MINE_IMPROVISED');
  });

  it('keeps a vehicle-activated improvised AV mine and a command-detonated IED as they are', () => {
    expect(classifyDevice('AV_MINE_IMPROVISED', 'vehicle')).toEqual({
      category: 'AV_MINE_IMPROVISED',
      reclassifiedBecause: null,
    });
    expect(classifyDevice('IED_OTHER', 'command').reclassifiedBecause).toBeNull();
  });

  it('does not count a command-detonated "improvised AP mine" as a mine', () => {
    expect(classifyDevice('AP_MINE_IMPROVISED', 'command')).toEqual({
      category: 'IED_OTHER',
      reclassifiedBecause: 'commandDetonatedNotMine',
    });
  });

  it('keeps factory-made AV mines (the Convention excludes those with anti-handling devices)', () => {
    expect(classifyDevice('AV_MINE', 'person').category).toBe('AV_MINE');
  });

  it('flags a factory AP mine said to be command- or vehicle-activated as a contradiction', () => {
    expect(isContradictoryActivation('AP_MINE', 'command')).toBe(true);
    expect(isContradictoryActivation('AP_MINE', 'vehicle')).toBe(true);
    expect(isContradictoryActivation('AP_MINE', 'person')).toBe(false);
  });

  it('counts improvised AP mines as AP mines, and nothing else', () => {
    expect(DEVICE_CATEGORIES.filter(isApMine)).toEqual(['AP_MINE', 'AP_MINE_IMPROVISED']);
  });

  it('presets an activation for every category, never contradicting itself', () => {
    for (const c of DEVICE_CATEGORIES) {
      expect(isContradictoryActivation(c, defaultActivation(c))).toBe(false);
      expect(classifyDevice(c, defaultActivation(c)).category).toBe(c);
    }
  });
});

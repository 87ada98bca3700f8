import { releaseInputSchema } from '../../../shared/domain/landRelease';
import type { ReleaseRecord } from '../../db/repositories/landRelease';
import { check, toRecord } from '../../api/landRelease';
import type { HandlerContext } from '../../api/context';
import {
  built,
  countOrZero,
  operatorScope,
  optionalString,
  parseAndCheck,
  referenceIssues,
  referenceOf,
  requiredBoolean,
  requiredString,
  type PathColumns,
} from './common';
import type { ImportAdapter, RowIssue, RowValues } from './types';

const COLUMNS: PathColumns = {
  hazardId: 'hazardCode',
  operatorId: 'operator',
  method: 'releaseMethod',
  startDate: 'startDate',
  endDate: 'endDate',
  cancelledM2: 'cancelledM2',
  reducedM2: 'reducedM2',
  clearedM2: 'clearedM2',
  addedM2: 'addedM2',
  devices: 'deviceCategory',
  'devices.0.declaredCategory': 'deviceCategory',
  'devices.0.activation': 'activation',
  'devices.0.found': 'found',
  'devices.0.destroyed': 'destroyed',
  completed: 'completed',
  handedOver: 'handedOver',
  source: 'source',
  notes: 'notes',
};

/** The area named by its code, as the register knows it. */
function hazardOf(ctx: HandlerContext, values: RowValues): { id: string | undefined; issues: RowIssue[] } {
  const code = optionalString(values, 'hazardCode').trim();
  if (code === '')
    return { id: undefined, issues: [{ key: 'hazardCode', messageKey: 'validation.required' }] };
  const id = ctx.repos.hazards.findIdByCode(code);
  if (id === null) {
    return {
      id: undefined,
      issues: [{ key: 'hazardCode', messageKey: 'incident.errors.unknownArea', params: { code } }],
    };
  }
  return { id, issues: [] };
}

/**
 * A row carries at most one kind of device: the form's device list then holds that one entry,
 * with its counts (empty counts are none). Counts without a device say nothing of what was found,
 * so they are refused on the device column; no device and no counts is an activity that found nothing.
 */
function devicesOf(values: RowValues): { devices: unknown[]; issues: RowIssue[] } {
  const category = optionalString(values, 'deviceCategory');
  const activation = optionalString(values, 'activation');
  const found = values.found ?? null;
  const destroyed = values.destroyed ?? null;
  if (category === '' && activation === '' && !found && !destroyed) return { devices: [], issues: [] };
  if (category === '') {
    return {
      devices: [],
      issues: [{ key: 'deviceCategory', messageKey: 'import.adapter.countsWithoutDevice' }],
    };
  }
  return {
    devices: [
      {
        declaredCategory: category,
        activation: activation === '' ? undefined : activation,
        found: countOrZero(values, 'found'),
        destroyed: countOrZero(values, 'destroyed'),
      },
    ],
    issues: [],
  };
}

export const landReleaseAdapter: ImportAdapter<ReleaseRecord> = {
  kind: 'landRelease',
  recheckAtCommit: true,
  build(ctx, values, existingId: string | null = null) {
    const reference = referenceOf(values);
    const hazard = hazardOf(ctx, values);
    const devices = devicesOf(values);
    const draft = {
      hazardId: hazard.id,
      operatorId: requiredString(values, 'operator'),
      method: requiredString(values, 'releaseMethod'),
      startDate: requiredString(values, 'startDate'),
      endDate: requiredString(values, 'endDate'),
      cancelledM2: countOrZero(values, 'cancelledM2'),
      reducedM2: countOrZero(values, 'reducedM2'),
      clearedM2: countOrZero(values, 'clearedM2'),
      addedM2: countOrZero(values, 'addedM2'),
      devices: devices.devices,
      completed: requiredBoolean(values, 'completed'),
      handedOver: requiredBoolean(values, 'handedOver'),
      source: requiredString(values, 'source'),
      notes: optionalString(values, 'notes'),
    };
    const before = [...referenceIssues(reference), ...hazard.issues, ...devices.issues];
    const result = parseAndCheck(releaseInputSchema, draft, COLUMNS, before, (input) => {
      check(ctx, input, existingId);
      return toRecord(input);
    });
    return built(result, operatorScope(values), reference);
  },
  // The area's status and figures are recomputed from its activities.
  tables: ['land_release_activities', 'land_release_devices', 'hazardous_areas'],
  create: (ctx, record) => ctx.repos.landRelease.create(record).id,
  update(ctx, id, record) {
    ctx.repos.landRelease.update(id, record);
  },
  snapshot(ctx, id) {
    const a = ctx.repos.landRelease.get(id);
    if (!a) return null;
    return {
      hazardId: a.hazardId,
      operatorId: a.operatorId,
      method: a.method,
      startDate: a.startDate,
      endDate: a.endDate,
      cancelledM2: a.cancelledM2,
      reducedM2: a.reducedM2,
      clearedM2: a.clearedM2,
      addedM2: a.addedM2,
      devices: a.devices.map((d) => ({
        declaredCategory: d.declaredCategory,
        activation: d.activation,
        found: d.found,
        destroyed: d.destroyed,
        category: d.category,
        reclassifiedBecause: d.reclassifiedBecause,
      })),
      completed: a.completed,
      handedOver: a.handedOver,
      source: a.source,
      notes: a.notes,
    };
  },
  remove(ctx, id) {
    ctx.repos.landRelease.softDelete(id);
  },
};

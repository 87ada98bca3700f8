import type { RecordType } from '../../../shared/domain/operatorReturn';
import { capacityAdapter } from './capacity';
import { casualtyAdapter } from './casualty';
import { destructionAdapter } from './destruction';
import { educationAdapter } from './education';
import { incidentAdapter } from './incident';
import { landReleaseAdapter } from './landRelease';
import type { ImportAdapter } from './types';

/** How each sheet of an operator return (or a mapped table) becomes records. */
export const IMPORT_ADAPTERS: Record<RecordType, ImportAdapter> = {
  landRelease: landReleaseAdapter as ImportAdapter,
  destruction: destructionAdapter as ImportAdapter,
  incident: incidentAdapter as ImportAdapter,
  casualty: casualtyAdapter as ImportAdapter,
  education: educationAdapter as ImportAdapter,
  capacity: capacityAdapter as ImportAdapter,
};

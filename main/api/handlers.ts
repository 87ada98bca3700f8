import { backupHandlers } from './backups';
import { backupUploadHandlers } from './backupsUpload';
import { capacityHandlers } from './capacity';
import { casualtyHandlers } from './casualties';
import { chartHandlers } from './charts';
import { demoHandlers } from './demo';
import { educationHandlers } from './education';
import { exportHandlers } from './exports';
import { hazardHandlers } from './hazards';
import { historyHandlers } from './history';
import { importHandlers } from './imports';
import { incidentHandlers } from './incidents';
import { landReleaseHandlers } from './landRelease';
import { overviewHandlers } from './overview';
import { profileHandlers } from './profile';
import { reportHandlers } from './reports';
import { requestHandlers } from './requests';
import { stockpileHandlers } from './stockpiles';
import { summaryHandlers } from './summary';
import { systemHandlers } from './system';
import { templateHandlers } from './templates';
import { workplanHandlers } from './workplan';
import type { HandlerTable } from './types';

/** The one handler table, shared by the IPC binding, the HTTP harness and the CLI. */
export const handlers: HandlerTable = {
  ...systemHandlers,
  ...profileHandlers,
  ...hazardHandlers,
  ...exportHandlers,
  ...demoHandlers,
  ...landReleaseHandlers,
  ...incidentHandlers,
  ...stockpileHandlers,
  ...summaryHandlers,
  ...capacityHandlers,
  ...casualtyHandlers,
  ...educationHandlers,
  ...reportHandlers,
  ...requestHandlers,
  ...chartHandlers,
  ...overviewHandlers,
  ...workplanHandlers,
  ...templateHandlers,
  ...importHandlers,
  ...historyHandlers,
  ...backupHandlers,
  ...backupUploadHandlers,
};

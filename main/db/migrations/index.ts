import { core } from './0010-core';
import { hazards } from './0020-hazards';
import { landRelease } from './0030-land-release';
import { incidents } from './0040-incidents';
import { stockpiles } from './0050-stockpiles';
import { capacity } from './0060-capacity';
import { casualties } from './0070-casualties';
import { education } from './0080-education';
import { article7Reports } from './0090-article7-reports';
import { extensionRequests } from './0100-extension-requests';
import { workplan } from './0110-workplan';
import { imports } from './0120-imports';
import { changeLog } from './0130-change-log';
import type { Migration } from './types';

/** All migrations, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  core,
  hazards,
  landRelease,
  incidents,
  stockpiles,
  capacity,
  casualties,
  education,
  article7Reports,
  extensionRequests,
  workplan,
  imports,
  changeLog,
];

/** The schema version this build of Balise writes. */
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

import { core } from './0010-core';
import { hazards } from './0020-hazards';
import type { Migration } from './types';

/** All migrations, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [core, hazards];

/** The schema version this build of Balise writes. */
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

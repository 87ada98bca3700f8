import { demoHandlers } from './demo';
import { exportHandlers } from './exports';
import { hazardHandlers } from './hazards';
import { profileHandlers } from './profile';
import { systemHandlers } from './system';
import type { HandlerTable } from './types';

/** The one handler table, shared by the IPC binding, the HTTP harness and the CLI. */
export const handlers: HandlerTable = {
  ...systemHandlers,
  ...profileHandlers,
  ...hazardHandlers,
  ...exportHandlers,
  ...demoHandlers,
};

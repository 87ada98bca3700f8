import type { MethodName } from '../../shared/api/methods';

/** One IPC channel per API method: the preload never exposes a generic send. */
export function channelFor(method: MethodName): string {
  return `balise:${method}`;
}

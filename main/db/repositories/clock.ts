import { randomUUID } from 'node:crypto';

/** Returns the current instant as ISO text; injected so tests can pin time. */
export type Clock = () => string;

export const systemClock: Clock = () => new Date().toISOString();

export function newId(): string {
  return randomUUID();
}

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, splitMethod } from '../../../shared/api/methods';
import { channelFor } from '../../../main/electron/channels';

// The preload runs in the renderer's sandbox; here its two Electron imports are recorded instead.
const exposed = vi.hoisted(() => ({ key: '', api: null as unknown, invoke: [] as unknown[][] }));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed.key = key;
      exposed.api = api;
    },
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      exposed.invoke.push(args);
      return { ok: true, value: null };
    },
  },
}));

beforeAll(async () => {
  await import('../../../main/electron/preload');
});

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

describe('the preload', () => {
  it('exposes window.balise with one function per contract method and nothing else', () => {
    expect(exposed.key).toBe('balise');
    const api = exposed.api as Api;
    const exposedNames = Object.entries(api).flatMap(([domain, actions]) =>
      Object.keys(actions).map((action) => `${domain}.${action}`),
    );
    expect(exposedNames.sort()).toEqual([...METHOD_NAMES].sort());
    for (const actions of Object.values(api)) {
      for (const fn of Object.values(actions)) expect(typeof fn).toBe('function');
    }
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it("calls each method's own channel with its input", async () => {
    const api = exposed.api as Api;
    for (const method of METHOD_NAMES) {
      const [domain, action] = splitMethod(method);
      await api[domain]![action]!({ probe: method });
    }
    expect(exposed.invoke).toEqual(METHOD_NAMES.map((m) => [channelFor(m), { probe: m }]));
  });
});

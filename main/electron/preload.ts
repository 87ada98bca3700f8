// Sandboxed preload, bundled into one CommonJS file. It exposes exactly one function per API
// method, generated from the contract's method list, and never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, splitMethod } from '../../shared/api/methods';
import { channelFor } from './channels';

const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
for (const method of METHOD_NAMES) {
  const [domain, action] = splitMethod(method);
  const channel = channelFor(method);
  api[domain] ??= {};
  api[domain][action] = (input?: unknown) => ipcRenderer.invoke(channel, input ?? {});
}
contextBridge.exposeInMainWorld('balise', api);

import type { IpcMain, WebContents } from 'electron';
import type { ApiError, Envelope } from '../../shared/api/envelope';
import { FILE_METHODS, METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import type { FileResult, SavedFile } from '../../shared/domain/files';
import type { Settings } from '../../shared/domain/settings';
import type { Dispatch } from '../api/dispatch';
import { AppError } from '../api/errors';
import { APP_HOST, APP_SCHEME } from './appInfo';
import { channelFor } from './channels';

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** The part of an `ipcMain.handle` event the binding reads. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: WebContents;
}

export interface IpcBindingDeps {
  dispatch: Dispatch;
  /** Shows the save dialog for a generated document, modal to the sender's window. */
  saveFile(file: FileResult, sender: WebContents): Promise<SavedFile>;
  /** After every successful `settings.update`: the menu follows the UI language. */
  onSettingsChanged?(settings: Settings): void;
  logError?(method: string, error: unknown): void;
}

const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', messageKey: 'error.forbidden' } };
const INTERNAL: ApiError = { code: 'INTERNAL', messageKey: 'error.internal' };

/**
 * Only the app's own page may call the API: the top frame (an iframe, even one of ours, may not)
 * whose URL is on `app://balise`. A frame that is gone (null), file://, http(s):// or another
 * app:// host is refused. Node's URL gives "null" as the origin of a non-special scheme, so the
 * scheme and host are compared rather than `origin`.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
}

/**
 * One method's IPC handler: sender check, then the shared dispatcher (which validates the input
 * with the contract's zod schema and answers the envelope). A file result is saved through the
 * save dialog and answered as a SavedFile, exactly what the browser harness answers.
 */
export function createIpcHandler(
  method: MethodName,
  deps: IpcBindingDeps,
): (event: InvokeEvent, input: unknown) => Promise<Envelope<unknown>> {
  return async (event, input) => {
    if (!isTrustedSender(event.senderFrame)) return FORBIDDEN;
    const envelope = await deps.dispatch(method, input);
    if (!envelope.ok) return envelope;
    if (FILE_METHODS.has(method)) {
      try {
        return { ok: true, value: await deps.saveFile(envelope.value as FileResult, event.sender) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toApiError() };
        deps.logError?.(method, error);
        return { ok: false, error: INTERNAL };
      }
    }
    if (method === 'settings.update') deps.onSettingsChanged?.(envelope.value as Settings);
    return envelope;
  };
}

/** One `ipcMain.handle` per method, on the channel the preload calls: no generic channel exists. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcBindingDeps): void {
  for (const method of METHOD_NAMES) ipcMain.handle(channelFor(method), createIpcHandler(method, deps));
}

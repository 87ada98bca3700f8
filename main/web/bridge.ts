import { FILE_METHODS, METHOD_NAMES } from '../../shared/api/methods';

/**
 * The browser harness's stand-in for the Electron preload: a script that defines the same
 * `window.balise.<domain>.<action>(input)` functions, calling the HTTP API instead of IPC. The
 * session token travels in an HttpOnly cookie, so the renderer never sees it.
 */
export function bridgeScript(): string {
  return `"use strict";
(() => {
  const methods = ${JSON.stringify(METHOD_NAMES)};
  const fileMethods = ${JSON.stringify([...FILE_METHODS])};
  const failure = { ok: false, error: { code: "INTERNAL", messageKey: "error.internal" } };
  async function download(response) {
    const fileName = decodeURIComponent(response.headers.get("x-balise-filename") || "balise");
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    return { ok: true, value: { fileName, savedPath: null, cancelled: false } };
  }
  async function call(method, input) {
    try {
      const response = await fetch("/api/" + method, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input === undefined ? {} : input),
        credentials: "same-origin",
      });
      const type = response.headers.get("content-type") || "";
      if (fileMethods.includes(method) && response.ok && !type.startsWith("application/json")) {
        return await download(response);
      }
      return await response.json();
    } catch {
      return failure;
    }
  }
  const api = {};
  for (const method of methods) {
    const dot = method.indexOf(".");
    const domain = method.slice(0, dot);
    api[domain] = api[domain] || {};
    api[domain][method.slice(dot + 1)] = (input) => call(method, input);
  }
  for (const domain of Object.keys(api)) Object.freeze(api[domain]);
  Object.defineProperty(window, "balise", { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}

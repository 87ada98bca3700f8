/**
 * The renderer's Content Security Policy, sent by both the app:// protocol and the browser
 * harness: only the app's own scripts, styles and images; no remote origin, no plugins, no framing.
 * `connect-src 'self'` lets the harness's bridge reach its own API and nothing else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

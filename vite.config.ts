import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer: a static React app loaded from app:// (Electron) or the browser harness. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline scripts or remote assets: the CSP is `default-src 'self'`.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome130',
    // One bundle loaded from disk (app:// or 127.0.0.1), never over a network: size is not latency.
    chunkSizeWarningLimit: 2000,
  },
});

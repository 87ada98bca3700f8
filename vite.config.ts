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
  },
});

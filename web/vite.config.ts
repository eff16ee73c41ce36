// The web UI's build: `npm run build:web` (vite build web) writes web/dist, which
// `claimtrail serve` serves. Preact through the automatic JSX runtime; no inline
// scripts or styles in the output (the server's CSP forbids them).
import { defineConfig } from 'vite';

const api = process.env['CLAIMTRAIL_API'] ?? 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // a data: URL would be inlined into CSS/JS; keep every asset a file
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 400,
  },
  // `npm run dev:web`: the UI with hot reload, the API proxied to a running `claimtrail serve`
  server: { proxy: { '/api': api, '/openapi.json': api } },
});

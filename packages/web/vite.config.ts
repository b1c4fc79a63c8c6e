import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // the NL Design System packages pin react 18 as a peer; one React (ours, 19) must be bundled
  resolve: {
    dedupe: ['react', 'react-dom'],
    // csv-parse's Node build touches Buffer when it loads, which kills the app in a browser;
    // its browser build carries its own Buffer. Core's CSV readers reach the bundle through
    // '@weegschaal/core'.
    alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

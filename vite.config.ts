/// <reference types="vitest/config" />
// Renderer build (the same bundle serves Electron via app:// and the browser build on 127.0.0.1:5178) and
// the unit-test configuration.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

export default defineConfig({
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  publicDir: false,
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: resolve(__dirname, 'dist'),
    emptyOutDir: true,
    target: 'chrome130',
    rollupOptions: {
      input: {
        index: resolve(__dirname, 'src/renderer/index.html'),
        bench: resolve(__dirname, 'src/renderer/bench.html'),
      },
    },
  },
  test: {
    root: __dirname,
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    setupFiles: ['test/setup/fast-check-seed.ts'],
    pool: 'forks',
  },
});

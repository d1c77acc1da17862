// Builds the Electron main process and preload as CommonJS into dist-electron/. Two separate builds: a
// sandboxed preload cannot require() sibling chunks, so it must be one self-contained file, and a
// shared multi-entry build would split common modules (the contract) into a chunk. electron and Node
// built-ins stay external; everything else (zod, src/shared) is bundled, because the packaged app
// ships no node_modules (electron-builder.yml).
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { build, defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';

const outDir = resolve(import.meta.dirname, 'dist-electron');
const external = ['electron', /^electron\//, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function cjsBuild(
  entry: string,
  fileName: string,
  target: string,
  emptyOutDir: boolean,
): BuildEnvironmentOptions {
  return {
    outDir,
    emptyOutDir,
    target,
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    lib: { entry: resolve(import.meta.dirname, entry), formats: ['cjs'], fileName: () => fileName },
    rolldownOptions: { external, output: { codeSplitting: false } },
  };
}

// Runs after the main build, so `emptyOutDir` of the first build cannot delete the preload.
function buildPreload(): Plugin {
  return {
    name: 'sdd-build-preload',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root: import.meta.dirname,
        publicDir: false,
        logLevel: 'warn',
        // Electron 45 = Chromium 140 in the sandboxed renderer.
        build: cjsBuild('src/preload/preload.ts', 'preload.cjs', 'chrome140', false),
      });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  // Electron 45 embeds Node 22.
  build: cjsBuild('src/main/main.ts', 'main.cjs', 'node22', true),
  plugins: [buildPreload()],
});

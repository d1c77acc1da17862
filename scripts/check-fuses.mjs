// Reads the fuses back from a packaged app and compares them with electron-builder.yml (which a unit
// test keeps identical to src/main/fuses.ts). Needs a real packaged Electron binary, so it runs only on
// a machine that can download Electron:
//   node scripts/check-fuses.mjs release/linux-unpacked/status-data-desk
//   node scripts/check-fuses.mjs "release/win-unpacked/状态数据工作台.exe"
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
// FuseState of @electron/fuses (not re-exported from its index): ASCII '0' and '1' in the wire.
const FuseState = { DISABLE: 48, ENABLE: 49 };
const yaml = require('js-yaml');

const app = process.argv[2];
if (!app) {
  console.error('usage: node scripts/check-fuses.mjs <path to packaged app executable>');
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const expected = yaml.load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')).electronFuses;
const wire = await getCurrentFuseWire(app);
const failures = [];
for (const [key, want] of Object.entries(expected)) {
  const option = FuseV1Options[key.charAt(0).toUpperCase() + key.slice(1)];
  const state = wire[option];
  const got =
    state === FuseState.ENABLE ? true : state === FuseState.DISABLE ? false : `state ${String(state)}`;
  console.log(`${key}: expected ${want}, packaged ${got}`);
  if (got !== want) failures.push(key);
}
if (failures.length > 0) {
  console.error(`fuse mismatch: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('all fuses as configured');

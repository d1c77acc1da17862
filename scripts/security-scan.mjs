#!/usr/bin/env node
/**
 * Security gate (docs/SECURITY.md E1): Electronegativity over the built main, preload and renderer,
 * called through its API because its CLI exits 0 on findings. Fails on any finding that
 * security/electronegativity-allowlist.json does not explain, on a file that could not be parsed, and
 * — to prove the gate works — when the deliberately insecure fixture (test/fixtures/insecure) is NOT
 * flagged with the findings it must produce.
 *
 * Offline: AVAILABLE_SECURITY_FIXES is excluded (it fetches Electron's release list); the i18n fetch
 * gives up after 1 s and falls back to bundled strings; the whole scan has a hard timeout.
 * Electronegativity only reads .js/.ts/.html, so the .cjs builds are copied to .js in a temp folder.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const ELECTRON_VERSION = '45.0.0';
const TIMEOUT_MS = 180_000;
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
// What the insecure fixture must be flagged with, at least.
const FIXTURE_MUST_FLAG = [
  'CONTEXT_ISOLATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'OPEN_EXTERNAL_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'CSP_GLOBAL_CHECK',
];

// The i18n loader keys its download on LANG; a fixed value keeps the output stable.
process.env.LANG = 'en-US';
const electronegativity = require('@doyensec/electronegativity');
const run = electronegativity.default ?? electronegativity;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function scan(input) {
  const result = await withTimeout(
    run({
      input,
      isRelative: true,
      electronVersionOverride: ELECTRON_VERSION,
      excludeFromScan: EXCLUDED_CHECKS,
    }),
    `scan of ${input}`,
  );
  return { issues: result.issues, errors: result.errors.filter((e) => !e.tolerable) };
}

/** dist-electron/*.cjs → main.js / preload.js; dist/** (renderer) as is. */
async function stageBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'sdd-security-'));
  for (const name of ['main', 'preload']) {
    const from = join(root, 'dist-electron', `${name}.cjs`);
    await stat(from).catch(() => {
      throw new Error(`${relative(root, from)} is missing: run \`npm run build\` first`);
    });
    await cp(from, join(dir, `${name}.js`));
  }
  await cp(join(root, 'dist'), join(dir, 'renderer'), { recursive: true });
  return dir;
}

function allowed(issue, allowlist) {
  return allowlist.find(
    (a) => a.id === issue.id && new RegExp(a.file).test(issue.file.replaceAll('\\', '/')),
  );
}

async function main() {
  const allowlist = JSON.parse(
    await readFile(join(root, 'security', 'electronegativity-allowlist.json'), 'utf8'),
  ).accepted;
  for (const a of allowlist)
    if (!a.reason || a.reason.length < 20) throw new Error(`allowlist entry ${a.id} needs a reason`);

  const fixture = await scan(join(root, 'test', 'fixtures', 'insecure'));
  const flagged = new Set(fixture.issues.map((i) => i.id));
  const missed = FIXTURE_MUST_FLAG.filter((id) => !flagged.has(id));
  if (missed.length > 0) {
    console.error(
      `✗ The insecure fixture was not flagged with: ${missed.join(', ')} — the gate is not working.`,
    );
    process.exit(1);
  }
  console.log(`✓ Insecure fixture flagged (${flagged.size} kinds of finding): the gate works.`);

  const dir = await stageBuild();
  try {
    const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(js|html)$/.test(f));
    const build = await scan(dir);
    const unexplained = build.issues.filter((i) => !allowed(i, allowlist));
    const accepted = build.issues.length - unexplained.length;
    for (const e of build.errors) console.error(`✗ could not parse ${e.file}: ${e.message}`);
    for (const i of unexplained) {
      console.error(
        `✗ ${i.id} ${i.file}:${i.location.line}:${i.location.column} [${i.severity.name}] ${i.description}`,
      );
    }
    console.log(
      `Scanned ${files.length} files of the build: ${build.issues.length} findings, ${accepted} explained by the allowlist, ${unexplained.length} unexplained.`,
    );
    if (unexplained.length > 0 || build.errors.length > 0) process.exit(1);
    console.log('✓ Security scan passed.');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`✗ security scan failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

/**
 * main.ts is the one file the bridge tests cannot run (it needs the Electron binary), so this test
 * reads its source and the other main/preload sources to pin the lock-down wiring:
 * every guard is attached, and nothing opens URLs in the OS or reaches the removed `remote` module.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;

async function sources(dir: string): Promise<Array<{ file: string; text: string }>> {
  const names = (await readdir(dir, { recursive: true })).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  return Promise.all(names.map(async (f) => ({ file: f, text: await readFile(join(dir, f), 'utf8') })));
}

describe('Electron glue (main.ts)', () => {
  it('enables the sandbox, registers app:// before ready, and holds the single-instance lock', async () => {
    const main = await readFile(join(here, 'main.ts'), 'utf8');
    expect(main).toContain('app.enableSandbox()');
    expect(main).toContain('protocol.registerSchemesAsPrivileged(appSchemeRegistration())');
    expect(main).toContain('app.requestSingleInstanceLock()');
    expect(main.indexOf('registerSchemesAsPrivileged')).toBeLessThan(main.indexOf('app.whenReady()'));
  });

  it('installs the deny-by-default permission handlers and guards every web contents', async () => {
    const main = await readFile(join(here, 'main.ts'), 'utf8');
    expect(main).toContain('setPermissionRequestHandler(createPermissionRequestHandler(APP_TRUSTED_ORIGIN))');
    expect(main).toContain('setPermissionCheckHandler(createPermissionCheckHandler(APP_TRUSTED_ORIGIN))');
    expect(main).toMatch(
      /on\('web-contents-created',[^)]*\)\s*=>\s*attachWebContentsGuards\(contents, APP_TRUSTED_ORIGIN\)/,
    );
    expect(main).toContain('mainWindowOptions(preload');
    expect(main).toContain('registerElectronIpc(');
  });

  it('never calls shell.openExternal or the remote module, in main or preload', async () => {
    for (const { file, text } of [
      ...(await sources(here)),
      ...(await sources(join(here, '..', 'preload'))),
    ]) {
      expect(text, file).not.toMatch(/openExternal\s*\(|@electron\/remote|\bremote\.\w+\(/);
    }
  });
});

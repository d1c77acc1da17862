import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES, fuseV1OptionName, type ElectronFuseName } from './fuses';

const { FuseV1Options } = createRequire(import.meta.url)('@electron/fuses') as {
  FuseV1Options: Record<string, string | number>;
};

describe('electron fuses', () => {
  it('turns off every way to run the binary as a plain Node (docs/SECURITY.md E2)', () => {
    expect(ELECTRON_FUSES.runAsNode).toBe(false);
    expect(ELECTRON_FUSES.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(ELECTRON_FUSES.enableNodeCliInspectArguments).toBe(false);
  });

  it('loads the app only from an integrity-checked asar and keeps file:// unprivileged', () => {
    expect(ELECTRON_FUSES.onlyLoadAppFromAsar).toBe(true);
    expect(ELECTRON_FUSES.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(ELECTRON_FUSES.grantFileProtocolExtraPrivileges).toBe(false);
    expect(ELECTRON_FUSES.enableCookieEncryption).toBe(true);
  });

  it('decides every fuse @electron/fuses knows, so a new fuse cannot slip in unreviewed', () => {
    const known = Object.keys(FuseV1Options)
      .filter((k) => Number.isNaN(Number(k)))
      .sort();
    const ours = (Object.keys(ELECTRON_FUSES) as ElectronFuseName[]).map(fuseV1OptionName).sort();
    expect(ours).toEqual(known);
  });
});

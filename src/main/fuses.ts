/**
 * The Electron fuses we flip at package time (docs/SECURITY.md E2, checklist item 19), keyed as
 * electron-builder's `electronFuses` block. Fuses are baked into the binary before signing, so an
 * attacker cannot turn ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect into a Node shell wearing our
 * signature. Tests check that electron-builder.yml says exactly this and that every fuse @electron/fuses
 * knows has a decision here; scripts/check-fuses.mjs reads them back from a packaged app.
 */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // A browser-specific V8 snapshot is a startup optimisation we do not ship; off keeps the default.
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies Record<string, boolean>;

export type ElectronFuseName = keyof typeof ELECTRON_FUSES;

/** electron-builder key → @electron/fuses FuseV1Options enum name (the same words in PascalCase). */
export function fuseV1OptionName(name: ElectronFuseName): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

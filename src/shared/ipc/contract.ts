/**
 * The one IPC contract (docs/ARCHITECTURE.md §7): every channel the renderer may invoke, with a zod schema for its
 * arguments and one for its result value. The preload, the main-process handlers, the Playwright bridge
 * and the renderer's Platform adapter all derive their types from this map; there is no generic
 * `unknown[]` channel. Every result is a Result (src/shared/result.ts): expected failures (cancelled
 * dialogs are not failures, a corrupt sequence file is) come back as values, never as rejected promises.
 * Bytes cross as base64 strings because the Playwright bridge is JSON-only.
 */
import { z } from 'zod';
import type { Result } from '../result';
import { isBackupName } from '../backup/backup-names';
import type { Channel } from './channels';

export { IPC_CHANNELS, isChannel } from './channels';
export type { Channel } from './channels';

/** Ids that end up as keys in files on disk: ASCII, no leading `_` (so never `__proto__`), bounded. */
export const safeIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
const base64Schema = z.base64();

/** A bare file name (no directory part, no characters Windows forbids), as suggested to a save dialog. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20),
    'forbidden character',
  )
  .refine((s) => s !== '.' && s !== '..' && !/[. ]$/.test(s), 'not a usable file name');

/** A dialog filter, e.g. { name: '状态数据包', extensions: ['sdd'] }; extensions without the dot. */
export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(60),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

/** Upper bound for a file read through file:open; a larger one is refused before it is read. */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;
/** How many files one file:openMany may return, and their total size (refused before reading). */
export const MAX_OPEN_FILES = 100;
export const MAX_OPEN_TOTAL_BYTES = MAX_OPEN_BYTES;

/** A backup file name (src/shared/backup/backup-names.ts): never a path, checked before any disk access. */
export const backupNameSchema = z.string().max(120).refine(isBackupName, 'not a backup file name');
/** Upper bound of one backup archive crossing IPC (the same cap the archive reader applies). */
export const MAX_BACKUP_BYTES = MAX_OPEN_BYTES;
/** base64 length of MAX_BACKUP_BYTES bytes. */
const MAX_BACKUP_BASE64 = Math.ceil(MAX_BACKUP_BYTES / 3) * 4;

/**
 * The sentinel (docs/ARCHITECTURE.md §3) crosses as opaque text: its format (per-workspace row counts, hashes,
 * audit heads) belongs to the renderer's storage layer (src/renderer/db/sentinel.ts), which parses and
 * validates it. Main only keeps it durable, outside the Chromium profile. Bounded so a runaway caller
 * cannot fill the disk.
 */
export const MAX_SENTINEL_CHARS = 2 * 1024 * 1024;

/** Upper bound of the report HTML sent to be printed (charts are inline SVG, photos data URLs). */
export const MAX_PDF_HTML_CHARS = 64 * 1024 * 1024;

const seqKeySchema = z.strictObject({
  /** Fingerprint or id of the signing key; sequences count per (key, addressee) (docs/ARCHITECTURE.md §6). */
  keyId: safeIdSchema,
  /** Department code of the receiving station, or another stable addressee id. */
  addressee: safeIdSchema,
});

const noArgs = z.strictObject({});
const cancelled = z.strictObject({ kind: z.literal('cancelled') });

/** What a result value travels inside: the Result envelope of src/shared/result.ts. */
export const domainErrorSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

interface ChannelSpec {
  readonly args: z.ZodType;
  readonly result: z.ZodType;
}

export const ipcContract = {
  /** Application version, the data folder (设置 shows it) and the OS platform (`browser` in the web build). */
  'app:info': {
    args: noArgs,
    result: z.strictObject({ version: z.string(), dataDir: z.string(), platform: z.string() }),
  },
  /** The folder logical backups are written to (created if missing); in Electron userData/backups. */
  'backup:dir': {
    args: noArgs,
    result: z.strictObject({ path: z.string() }),
  },
  /**
   * Writes one backup archive into the backup folder under `name` (atomically: temp file, fsync,
   * rename). Refused before writing when the disk has too little free space, so a full disk never
   * leaves a torn backup or fills the last bytes the database needs.
   */
  'backup:write': {
    args: z.strictObject({ name: backupNameSchema, bytesBase64: base64Schema.max(MAX_BACKUP_BASE64) }),
    result: z.strictObject({ path: z.string() }),
  },
  /** The backup folder and the backup files in it (other files are not listed), newest first. */
  'backup:list': {
    args: noArgs,
    result: z.strictObject({
      dir: z.string(),
      files: z.array(
        z.strictObject({ name: z.string(), size: z.number().int().nonnegative(), modifiedAt: z.string() }),
      ),
    }),
  },
  /** Reads one backup file by name (no paths cross IPC). */
  'backup:read': {
    args: z.strictObject({ name: backupNameSchema }),
    result: z.strictObject({ bytesBase64: base64Schema }),
  },
  /** Deletes the backups of `workspaceId` beyond the newest `keep` (at least one is always kept). */
  'backup:prune': {
    args: z.strictObject({ workspaceId: z.uuid(), keep: z.number().int().min(1).max(1000) }),
    result: z.strictObject({ deleted: z.array(z.string()) }),
  },
  /**
   * Bundle files the app was launched with (double-click on a .sdd, or a second launch handing its
   * file to this instance), read by main and handed over once: a second call returns what arrived
   * since. Files that could not be read come back in `refused` with a reason.
   */
  'bundle:takeLaunchFiles': {
    args: noArgs,
    result: z.strictObject({
      files: z.array(z.strictObject({ name: z.string(), bytesBase64: base64Schema })),
      refused: z.array(z.strictObject({ name: z.string(), message: z.string() })),
    }),
  },
  /** The sentinel text last written to userData/sentinel.json, or null when none was written yet. */
  'sentinel:read': {
    args: noArgs,
    result: z.strictObject({ text: z.string().nullable() }),
  },
  /**
   * Replaces the sentinel text. The file is rewritten atomically (temp file + fsync + rename), so a
   * crash leaves either the old or the new sentinel, never a torn one.
   */
  'sentinel:write': {
    args: z.strictObject({ text: z.string().min(1).max(MAX_SENTINEL_CHARS) }),
    result: z.strictObject({ written: z.literal(true) }),
  },
  /**
   * Asks the user where to save `bytesBase64` (a save dialog suggesting `suggestedName`), writes it
   * atomically and returns the chosen path, or `cancelled` when the user closed the dialog.
   */
  'file:saveAs': {
    args: z.strictObject({
      suggestedName: fileNameSchema,
      bytesBase64: base64Schema,
      filters: z.array(fileFilterSchema).max(10).optional(),
    }),
    result: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('saved'), path: z.string() }),
      cancelled,
    ]),
  },
  /**
   * Lets the user pick one file (open dialog with `filters`) and returns its name and bytes, or
   * `cancelled`. Files over `maxBytes` (default and cap MAX_OPEN_BYTES) are refused unread.
   */
  'file:open': {
    args: z.strictObject({
      filters: z.array(fileFilterSchema).max(10),
      maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES).optional(),
    }),
    result: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('opened'), name: z.string(), bytesBase64: base64Schema }),
      cancelled,
    ]),
  },
  /**
   * Lets the user pick several files at once (e.g. the departments' bundles) and returns them in the
   * order picked, or `cancelled`. Each file is held to `maxBytes` as in file:open, and all together
   * to MAX_OPEN_FILES files and MAX_OPEN_TOTAL_BYTES, checked before anything is read.
   */
  'file:openMany': {
    args: z.strictObject({
      filters: z.array(fileFilterSchema).max(10),
      maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES).optional(),
    }),
    result: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('opened'),
        files: z
          .array(z.strictObject({ name: z.string(), bytesBase64: base64Schema }))
          .min(1)
          .max(MAX_OPEN_FILES),
      }),
      cancelled,
    ]),
  },
  /**
   * Reserves the next bundle sequence number for (keyId, addressee) and persists it before returning,
   * outside the restorable database, so restoring a backup never reuses a number. Starts at 1.
   */
  'seq:next': {
    args: seqKeySchema,
    result: z.strictObject({ seq: z.number().int().positive() }),
  },
  /** The current high-water mark for (keyId, addressee): the last number handed out, 0 if none. */
  'seq:peek': {
    args: seqKeySchema,
    result: z.strictObject({ seq: z.number().int().nonnegative() }),
  },
  /**
   * Creates this workspace's Ed25519 signing key in the main-process key vault; the private key is
   * stored encrypted under the 负责人's passphrase (scrypt + AES-256-GCM) and never leaves main.
   */
  'keys:create': {
    args: z.strictObject({ workspaceId: safeIdSchema, passphrase: z.string().min(10).max(200) }),
    result: z.strictObject({ keyId: z.string(), publicKeyBase64: base64Schema }),
  },
  /** The workspace's current (newest) key's public part, or null when it has none. */
  'keys:public': {
    args: z.strictObject({ workspaceId: safeIdSchema }),
    result: z.strictObject({
      key: z.strictObject({ keyId: z.string(), publicKeyBase64: base64Schema }).nullable(),
    }),
  },
  /** Signs `messageBase64` (a bundle manifest, ≤ 1 MiB) with the key, unlocked by the passphrase. */
  'keys:sign': {
    args: z.strictObject({
      workspaceId: safeIdSchema,
      keyId: z.string().regex(/^[0-9a-f]{16}$/),
      passphrase: z.string().min(1).max(200),
      messageBase64: base64Schema.max(1_400_000),
    }),
    result: z.strictObject({ signatureBase64: base64Schema }),
  },
  /**
   * Prints the quality report's one-file HTML export to PDF with Chromium's page printer (A4 and page
   * numbers from its print stylesheet) and saves it where the user picks, or `cancelled`.
   */
  'report:printPdf': {
    args: z.strictObject({ html: z.string().min(1).max(MAX_PDF_HTML_CHARS), suggestedName: fileNameSchema }),
    result: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('saved'), path: z.string() }),
      cancelled,
    ]),
  },
} as const satisfies Record<Channel, ChannelSpec>;

export type IpcContract = typeof ipcContract;
/** Arguments of a channel as the caller passes them. */
export type ChannelArgs<C extends Channel> = z.infer<IpcContract[C]['args']>;
/** The success value of a channel. */
export type ChannelValue<C extends Channel> = z.infer<IpcContract[C]['result']>;
/** What an invoke resolves to: the value, or an expected failure. */
export type ChannelResult<C extends Channel> = Result<ChannelValue<C>>;

/** The main-process side: one async function per channel, receiving already-validated arguments. */
export type IpcHandlers = { readonly [C in Channel]: (args: ChannelArgs<C>) => Promise<ChannelResult<C>> };

/** Validates untrusted arguments for `channel`; the issues list says what was wrong, for the log. */
export function parseChannelArgs<C extends Channel>(
  channel: C,
  raw: unknown,
): { ok: true; args: ChannelArgs<C> } | { ok: false; issues: string } {
  const parsed = ipcContract[channel].args.safeParse(raw);
  if (parsed.success) return { ok: true, args: parsed.data as ChannelArgs<C> };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '),
  };
}

/** Runtime guard for a channel's whole Result (used by the bridge and tests to hold handlers to the contract). */
export function isChannelResult<C extends Channel>(channel: C, raw: unknown): raw is ChannelResult<C> {
  const envelope = z.union([
    z.strictObject({ ok: z.literal(true), value: ipcContract[channel].result }),
    z.strictObject({ ok: z.literal(false), error: domainErrorSchema }),
  ]);
  return envelope.safeParse(raw).success;
}

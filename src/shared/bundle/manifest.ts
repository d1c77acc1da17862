/**
 * The bundle manifest: the one document that is signed. Its raw bytes (canonical JSON, UTF-8) are what
 * Ed25519 signs and what bundleHash covers; it binds sender, addressee, sequence and every file's
 * SHA-256 and size, so no part of a bundle can be changed, dropped, added or mixed in from another
 * bundle without breaking the signature (docs/SECURITY.md B1, B2, B8, §2).
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { DEPARTMENT_CODE_PATTERN } from '../departments/department-types';
import { sha256Hex } from '../hash';
import { STATION_ROLES } from '../workspace/workspace-types';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY, isPayloadEntryName } from './entry-names';

export const BUNDLE_FORMAT = 'sdd-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_ALG = 'Ed25519';
/** Addressee of bundles sent to the supervision office. */
export const OFFICE_ADDRESSEE = 'OFFICE';

export const BUNDLE_KINDS = [
  'registration',
  'setup',
  'data',
  'forward',
  'feedback',
  'receipt',
  'trust-list',
  'chapter',
] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

export const HEX_SHA256 = /^[0-9a-f]{64}$/;
export const KEY_ID_PATTERN = /^[0-9a-f]{16}$/;
/** ISO 8601 UTC with milliseconds, as Date.prototype.toISOString writes it. */
const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  .refine((s) => !Number.isNaN(Date.parse(s)));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export const manifestFileSchema = z
  .object({
    path: z.string().refine(isPayloadEntryName, '不允许的文件名'),
    sha256: z.string().regex(HEX_SHA256),
    size: z.number().int().min(0).max(0xffffffff),
    /** Row count of a tables/ file, for the preview before any file is parsed. */
    rows: z.number().int().min(0).optional(),
  })
  .strict();
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    alg: z.literal(BUNDLE_ALG),
    kind: z.enum(BUNDLE_KINDS),
    keyId: z.string().regex(KEY_ID_PATTERN),
    sender: z
      .object({
        stationRole: z.enum(STATION_ROLES),
        departmentCode: z.string().regex(DEPARTMENT_CODE_PATTERN),
      })
      .strict(),
    addressee: z.union([z.literal(OFFICE_ADDRESSEE), z.string().regex(DEPARTMENT_CODE_PATTERN)]),
    /** Id of the collection year, issued by the office in the setup bundle; the same at every station. */
    yearId: z.string().regex(UUID),
    bundleId: z.string().regex(UUID),
    /** Per (signing key, addressee), strictly increasing; the sender keeps its high-water mark outside the restorable DB. */
    seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    prevBundleHash: z.string().regex(HEX_SHA256).nullable(),
    createdAt: isoInstant,
    expiresAt: isoInstant.optional(),
    /** Head of the sender's audit hash chain, recorded by the receiver (docs/SECURITY.md A1). */
    auditHead: z.string().regex(HEX_SHA256),
    appVersion: z.string().min(1).max(40),
    schemaVersion: z.number().int().min(1),
    files: z.array(manifestFileSchema).max(10000),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    for (const f of m.files) {
      const folded = f.path.toLowerCase();
      if (seen.has(folded) || f.path === MANIFEST_ENTRY || f.path === SIGNATURE_ENTRY) {
        ctx.addIssue({ code: 'custom', message: `重复的文件 ${f.path}`, path: ['files'] });
      }
      seen.add(folded);
    }
  });
export type Manifest = z.infer<typeof manifestSchema>;

/** Manifest without the parts the writer derives (format constants and the file list). */
export type ManifestFields = Omit<Manifest, 'format' | 'formatVersion' | 'alg' | 'files'>;

/** The exact bytes that are signed: canonical JSON, UTF-8. */
export function manifestBytes(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(canonicalJson(manifest));
}

/** bundleHash: SHA-256 of the raw manifest bytes (docs/ARCHITECTURE.md §6). */
export function bundleHashOf(rawManifestBytes: Uint8Array): string {
  return sha256Hex(rawManifestBytes);
}

/**
 * The signed 锁定清单 as a bundle carries it (a feedback payload's `lockList`, docs/SECURITY.md R13): the
 * shape, bounded, checked in the verify Worker with the rest of the payload. Objects are strict so the
 * value handed to verifyLockList is exactly what was signed; whether it is the office's, unchanged and for
 * this year is verifyLockList's and receivedLockList's answer, on the receiving station.
 */
import { z } from 'zod';
import { HEX_SHA256, KEY_ID_PATTERN } from '../bundle/manifest';
import { lockCorrectionsSchema } from '../review/lock-corrections';
import { LOCK_LIST_FORMAT, type SignedLockList } from './signed-lock-list';

/** More slices than any year has (tables × departments), so a list stays a bounded read. */
export const LOCK_LIST_ENTRIES_MAX = 20_000;

const code = z.string().min(1).max(32);
const text = (max: number) => z.string().max(max);
const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const entrySchema = z
  .object({ tableCode: code, departmentCode: code, rows: count, hash: z.string().regex(HEX_SHA256) })
  .strict();

export const signedLockListSchema = z
  .object({
    format: z.literal(LOCK_LIST_FORMAT),
    version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    school: z.object({ name: text(200), code: text(32) }).strict(),
    academicYearStart: z.number().int().min(2000).max(2200),
    catalogVersion: count.nullable(),
    manifest: z
      .object({
        at: text(40),
        by: text(200),
        entries: z.array(entrySchema).max(LOCK_LIST_ENTRIES_MAX),
        hash: z.string().regex(HEX_SHA256),
      })
      .strict(),
    corrections: lockCorrectionsSchema.optional(),
    extract: z
      .object({ for: code, of: z.string().regex(HEX_SHA256) })
      .strict()
      .optional(),
    signer: z
      .object({
        keyId: z.string().regex(KEY_ID_PATTERN),
        publicKey: base64(100),
        fingerprint: text(200),
      })
      .strict(),
    signature: base64(200),
  })
  .strict();

/** More departments than any school has: a summary department relays for a few of them. */
export const LOCK_LIST_EXTRACTS_MAX = 200;

/**
 * The extracts the office signs for the departments a summary department relays to (a feedback payload's
 * `lockListExtracts`): each an extract (version 3) for a different department, so a department down the
 * relay finds exactly one of its own (lock-list-extract.ts).
 */
export const lockListExtractsSchema = z
  .array(signedLockListSchema)
  .max(LOCK_LIST_EXTRACTS_MAX)
  .superRefine((lists, ctx) => {
    const seen = new Set<string>();
    for (const l of lists) {
      const dept = l.extract?.for;
      if (l.version !== 3 || dept === undefined)
        ctx.addIssue({ code: 'custom', message: 'a relayed lock list must be an extract' });
      else if (seen.has(dept)) ctx.addIssue({ code: 'custom', message: `two extracts for ${dept}` });
      else seen.add(dept);
    }
  });

// Compile-time proof that what the schema accepts is the domain type.
export const asSignedLockList = (v: z.infer<typeof signedLockListSchema>): SignedLockList => v;

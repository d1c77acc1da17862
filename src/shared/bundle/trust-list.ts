/**
 * The trust list: which public keys speak for which department and role. It is versioned and signed by
 * the office key pinned at setup (the trust root, docs/ARCHITECTURE.md §6); a list signed by any other key, or not
 * newer than the one held, is refused (docs/SECURITY.md B11 — rollback and tampering).
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { DEPARTMENT_CODE_PATTERN } from '../departments/department-types';
import { err, ok, type Result } from '../result';
import { bytesToBase64 } from '../base64';
import { parseBoundedJson } from './bounded-json';
import { decodePublicKey, decodeSignatureText, keyIdOf, signBytes, verifySignature } from './ed25519-keys';
import { KEY_ID_PATTERN } from './manifest';

export const KEY_ROLES = ['office', 'summary', 'department'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

export const trustedKeySchema = z
  .object({
    keyId: z.string().regex(KEY_ID_PATTERN),
    publicKey: z.string().refine((s) => decodePublicKey(s) !== null, '公钥不是 32 字节的 base64'),
    departmentCode: z.string().regex(DEPARTMENT_CODE_PATTERN),
    role: z.enum(KEY_ROLES),
    addedAt: isoInstant,
    /** A revoked key is refused for every bundle, whatever date it claims: a stolen key can backdate. */
    revokedAt: isoInstant.optional(),
  })
  .strict()
  .refine((k) => {
    const pk = decodePublicKey(k.publicKey);
    return pk !== null && keyIdOf(pk) === k.keyId;
  }, 'keyId 与公钥不符');
export type TrustedKey = z.infer<typeof trustedKeySchema>;

export const trustListSchema = z
  .object({
    version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    officeKeyId: z.string().regex(KEY_ID_PATTERN),
    keys: z.array(trustedKeySchema).max(5000),
  })
  .strict()
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    for (const k of list.keys) {
      if (ids.has(k.keyId)) ctx.addIssue({ code: 'custom', message: `密钥 ${k.keyId} 重复` });
      ids.add(k.keyId);
    }
    const office = list.keys.find((k) => k.keyId === list.officeKeyId);
    if (office === undefined || office.role !== 'office' || office.revokedAt !== undefined) {
      ctx.addIssue({ code: 'custom', message: '信任列表缺少有效的督导室密钥' });
    }
    if (list.keys.some((k) => k.role === 'office' && k.keyId !== list.officeKeyId)) {
      ctx.addIssue({ code: 'custom', message: '信任列表中只能有一个督导室密钥' });
    }
  });
export type TrustList = z.infer<typeof trustListSchema>;

export type TrustListErrorCode = 'trust-list-invalid' | 'trust-list-signer' | 'trust-list-rollback';

const MAX_TRUST_LIST_BYTES = 4 * 1024 * 1024;

/** Canonical bytes of a trust list (what the office signs) and the base64 signature text. */
export function signTrustList(
  list: TrustList,
  officeSecretKey: Uint8Array,
): { bytes: Uint8Array; sigText: string } {
  const bytes = new TextEncoder().encode(canonicalJson(list));
  return { bytes, sigText: bytesToBase64(signBytes(bytes, officeSecretKey)) };
}

/**
 * Accepts a trust list only if it is signed by the pinned office key, names that key as its office key,
 * and is newer than `currentVersion` (pass 0 when none is held yet). Given an object, its canonical JSON
 * is what must carry the signature. Never throws.
 */
export function verifyTrustList(
  listBytesOrObject: Uint8Array | unknown,
  sigText: string,
  pinnedOfficePublicKey: Uint8Array,
  currentVersion: number,
): Result<TrustList, TrustListErrorCode> {
  let bytes: Uint8Array;
  let value: unknown;
  if (listBytesOrObject instanceof Uint8Array) {
    bytes = listBytesOrObject;
    const parsed = parseBoundedJson(bytes, { maxBytes: MAX_TRUST_LIST_BYTES, maxDepth: 8 }, '信任列表');
    if (!parsed.ok) return err('trust-list-invalid', parsed.error.message);
    value = parsed.value;
  } else {
    try {
      bytes = new TextEncoder().encode(canonicalJson(listBytesOrObject));
    } catch {
      return err('trust-list-invalid', '信任列表无法读取。');
    }
    value = listBytesOrObject;
  }
  const sig = decodeSignatureText(sigText);
  if (sig === null || !verifySignature(sig, bytes, pinnedOfficePublicKey)) {
    return err('trust-list-signer', '信任列表不是由已确认的督导室密钥签名的，已拒绝。');
  }
  const list = trustListSchema.safeParse(value);
  if (!list.success)
    return err('trust-list-invalid', `信任列表内容无效：${list.error.issues[0]?.message ?? ''}`);
  const office = list.data.keys.find((k) => k.keyId === list.data.officeKeyId);
  if (
    list.data.officeKeyId !== keyIdOf(pinnedOfficePublicKey) ||
    office?.publicKey !== bytesToBase64(pinnedOfficePublicKey)
  ) {
    return err('trust-list-signer', '信任列表中的督导室密钥与本站已确认的密钥不同，已拒绝。');
  }
  if (list.data.version <= currentVersion) {
    return err(
      'trust-list-rollback',
      `信任列表版本 ${list.data.version} 不高于本站当前版本 ${currentVersion}，已拒绝（可能是旧版本被重放）。`,
    );
  }
  return ok(list.data);
}

/** Lookup by keyId; a Map so a hostile keyId can never reach Object.prototype. */
export function trustedKeyIndex(list: TrustList): ReadonlyMap<string, TrustedKey> {
  return new Map(list.keys.map((k) => [k.keyId, k]));
}

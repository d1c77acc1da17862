/**
 * Setup bundles: building one per department at the office, and importing one at a department in two
 * steps. First `inspectFirstSetup` reads the office key the bundle *claims* (from its trust list) and
 * checks that this key signed both the manifest and the trust list — this proves consistency, not
 * identity, so the UI shows the key's fingerprint and a person confirms it with the office. Only then
 * does `verifySetupBundle` run the full pipeline with that key pinned. Later setup bundles are verified
 * against the key already pinned; a bundle or trust list signed by any other key is refused (B11).
 */
import { firstRefusedPattern } from '../catalog/field-pattern';
import { canonicalJson } from '../canonical-json';
import { err, ok, type Result } from '../result';
import { bytesToBase64 } from '../base64';
import { parseBoundedJson } from './bounded-json';
import type { BundleFileInput } from './bundle-writer';
import { peekBundle } from './bundle-peek';
import { decodePublicKey, decodeSignatureText, fingerprintOf, verifySignature } from './ed25519-keys';
import type { Manifest } from './manifest';
import { sameBytes } from './manifest-reader';
import {
  SETUP_ENTRY,
  TRUST_LIST_ENTRY,
  TRUST_LIST_SIG_ENTRY,
  setupPayloadSchema,
  type SetupPayload,
} from './setup-payload';
import { trustListSchema, verifyTrustList, type TrustList } from './trust-list';
import { verifyBundle, type VerifiedBundle, type VerifyContext } from './verify-bundle';

const SETUP_JSON_BOUNDS = { maxBytes: 32 * 1024 * 1024, maxDepth: 12 };

/** The payload files of a setup bundle, in the fixed order the reader expects. */
export function setupBundleFiles(
  payload: SetupPayload,
  trustList: { bytes: Uint8Array; sigText: string },
): BundleFileInput[] {
  return [
    { path: SETUP_ENTRY, bytes: new TextEncoder().encode(canonicalJson(payload)) },
    { path: TRUST_LIST_ENTRY, bytes: trustList.bytes },
    { path: TRUST_LIST_SIG_ENTRY, bytes: new TextEncoder().encode(trustList.sigText) },
  ];
}

export interface ClaimedOffice {
  readonly manifest: Manifest;
  readonly officePublicKey: Uint8Array;
  readonly keyId: string;
  readonly fingerprint: string;
  readonly yearId: string;
}

/** First setup: the office key this bundle claims, self-consistent but not yet trusted. */
export function inspectFirstSetup(bytes: Uint8Array): Result<ClaimedOffice> {
  const peeked = peekBundle(bytes);
  if (!peeked.ok) return peeked;
  const { manifest, manifestBytes, sigText, files } = peeked.value;
  if (manifest.kind !== 'setup') return err('wrong-kind', '这不是初始化包。');
  const listBytes = files.get(TRUST_LIST_ENTRY);
  const listSig = files.get(TRUST_LIST_SIG_ENTRY);
  if (listBytes === undefined || listSig === undefined) return err('setup-invalid', '初始化包缺少信任列表。');
  const json = parseBoundedJson(listBytes, { maxBytes: 4 * 1024 * 1024, maxDepth: 8 }, TRUST_LIST_ENTRY);
  if (!json.ok) return json;
  const list = trustListSchema.safeParse(json.value);
  if (!list.success) return err('trust-list-invalid', '初始化包中的信任列表无效。');
  const office = list.data.keys.find((k) => k.keyId === list.data.officeKeyId);
  const officePublicKey = office === undefined ? null : decodePublicKey(office.publicKey);
  if (
    officePublicKey === null ||
    manifest.keyId !== list.data.officeKeyId ||
    manifest.sender.stationRole !== 'office'
  ) {
    return err('setup-invalid', '初始化包不是由其信任列表中的督导室密钥签发的，已拒绝。');
  }
  const sig = decodeSignatureText(sigText);
  const listSignature = decodeSignatureText(new TextDecoder().decode(listSig));
  if (sig === null || !verifySignature(sig, manifestBytes, officePublicKey))
    return err('signature-invalid', '初始化包签名无效，已拒绝。');
  if (listSignature === null || !verifySignature(listSignature, listBytes, officePublicKey)) {
    return err('trust-list-signer', '初始化包中的信任列表签名无效，已拒绝。');
  }
  return ok({
    manifest,
    officePublicKey,
    keyId: manifest.keyId,
    fingerprint: fingerprintOf(officePublicKey),
    yearId: manifest.yearId,
  });
}

export interface HeldTrust {
  readonly version: number;
  readonly bytes: Uint8Array;
}

export interface VerifiedSetup {
  readonly verified: VerifiedBundle;
  readonly payload: SetupPayload;
  readonly trustList: TrustList;
  readonly trustListBytes: Uint8Array;
  readonly trustListSig: string;
  /** False when the bundle carries the trust list this station already holds. */
  readonly trustListChanged: boolean;
}

/**
 * Full verification of a setup bundle with the office key pinned (the one just confirmed, or the one
 * pinned at the first setup). The trust list must be signed by the pinned key and be newer than the
 * held one — or byte-identical to it (a setup re-sent for a new deadline).
 */
export function verifySetupBundle(
  bytes: Uint8Array,
  ctx: Omit<VerifyContext, 'trustList' | 'acceptKinds'>,
  held: HeldTrust | null,
): Result<VerifiedSetup> {
  const peeked = peekBundle(bytes, { manifestOnly: true });
  if (!peeked.ok) return peeked;
  // Files are read through verifyBundle below; here only the trust list is needed first to build its context.
  const full = peekBundle(bytes);
  if (!full.ok) return full;
  const listBytes = full.value.files.get(TRUST_LIST_ENTRY);
  const listSigBytes = full.value.files.get(TRUST_LIST_SIG_ENTRY);
  if (listBytes === undefined || listSigBytes === undefined)
    return err('setup-invalid', '初始化包缺少信任列表。');
  const listSig = new TextDecoder().decode(listSigBytes);
  const same = held !== null && sameBytes(held.bytes, listBytes);
  const list = verifyTrustList(
    listBytes,
    listSig,
    ctx.officePublicKey,
    same ? held.version - 1 : (held?.version ?? 0),
  );
  if (!list.ok) return list;
  const verified = verifyBundle(bytes, { ...ctx, trustList: list.value, acceptKinds: ['setup'] });
  if (!verified.ok) return verified;
  const setupBytes = verified.value.files.get(SETUP_ENTRY);
  if (setupBytes === undefined) return err('setup-invalid', '初始化包缺少 setup.json。');
  const json = parseBoundedJson(setupBytes, SETUP_JSON_BOUNDS, SETUP_ENTRY);
  if (!json.ok) return json;
  const payload = setupPayloadSchema.safeParse(json.value);
  if (!payload.success) {
    const issue = payload.error.issues[0];
    return err(
      'setup-invalid',
      `初始化包内容无效（${issue?.path.join('.') ?? ''}：${issue?.message ?? ''}）。`,
    );
  }
  // Office-defined patterns must compile in the linear-time engine every station matches with.
  const badPattern = firstRefusedPattern(payload.data.catalog);
  if (badPattern !== null) return err('setup-invalid', `初始化包中的采集目录无效：${badPattern}。`);
  const reg = payload.data.registration;
  if (reg !== null && reg.departmentCode !== verified.value.manifest.addressee) {
    return err('setup-invalid', '初始化包中登记的本站密钥属于另一个部门，已拒绝。');
  }
  return ok({
    verified: verified.value,
    payload: payload.data,
    trustList: list.value,
    trustListBytes: listBytes,
    trustListSig: listSig,
    trustListChanged: !same,
  });
}

/** The office's signed trust list as files travel it (canonical bytes + base64 signature). */
export function encodeTrustListSig(signature: Uint8Array): string {
  return bytesToBase64(signature);
}

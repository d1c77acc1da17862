/**
 * verifyBundle: the whole import check, run before anything is written (docs/ARCHITECTURE.md §6, docs/SECURITY.md), in
 * this order — limits and canonical zip parse; manifest (bounded JSON, fixed format/alg); a kind the
 * caller accepts; signer lookup in the trust list; Ed25519 over the raw manifest bytes; revocation,
 * department and role; no newer key of that station already held; addressee and year; sequence policy;
 * per-file size and SHA-256; bounded JSON and schema of every table. Expiry is only a warning.
 * The first failure wins and is returned as a value with a stable code and a Chinese message naming the
 * cause. Pure and synchronous: no I/O, no clock (the caller passes `now`), and no exception escapes.
 * `prepared` (the Worker's native pre-pass of these same bytes) only replaces how entries are inflated
 * and hashed and how the signature equation is computed, never what is checked.
 */
import { err, ok, type Result } from '../result';
import type { StationRole } from '../workspace/workspace-types';
import { resolveLimits, type BundleLimits } from './bundle-limits';
import { bundleMessages as m } from './bundle-messages';
import { decodePublicKey, decodeSignatureText } from './ed25519-keys';
import { OFFICE_ADDRESSEE, bundleHashOf, type BundleKind, type Manifest } from './manifest';
import type { PreparedEntries } from './native-prepass';
import { signatureHolds } from './native-signature';
import { newerKeyHeld } from './key-order';
import { readManifest, type ManifestErrorCode } from './manifest-reader';
import { checkPayload, type PayloadErrorCode, type TableValidator } from './payload-check';
import {
  EMPTY_SEQUENCE_STATE,
  decideSequence,
  sequenceChannelOf,
  type SequenceDecision,
  type SequenceErrorCode,
  type SequenceState,
} from './sequence-policy';
import { checkSigner, type SignerErrorCode } from './signer-policy';
import type { TableFile } from './table-file';
import { trustedKeyIndex, type TrustList, type TrustedKey } from './trust-list';
import { readBundleContainer, type ContainerErrorCode } from './zip-reader';

export type VerifyErrorCode =
  | ContainerErrorCode
  | ManifestErrorCode
  | SignerErrorCode
  | SequenceErrorCode
  | PayloadErrorCode
  | 'wrong-kind'
  | 'signature-invalid'
  | 'unknown-signer'
  | 'wrong-addressee'
  | 'wrong-year'
  | 'key-superseded'
  | 'internal-error';

export interface VerifyContext {
  /** This station: bundles must be addressed to it ('OFFICE' for the office, else its department code). */
  readonly station: { readonly role: StationRole; readonly departmentCode: string };
  /** The collection year this workspace belongs to (manifest.yearId). */
  readonly yearId: string;
  /** The office key pinned at setup, and the trust list it signed (already verified). */
  readonly officePublicKey: Uint8Array;
  readonly trustList: TrustList;
  /** Summary departments this station reports through; their keys may send it feedback. */
  readonly summaryDepartments?: readonly string[];
  /** Stored sequence state per (keyId, addressee); undefined for a first bundle. */
  readonly sequenceState: (keyId: string, addressee: string) => SequenceState | undefined;
  /** Clock for the expiry warning; supplied so verification stays pure. */
  readonly now: Date;
  /** The office confirmed a sequence jump beyond the cap (docs/SECURITY.md B10). */
  readonly confirmSeqJump?: boolean;
  /** Kinds this import accepts (e.g. 导入数据包 takes data and forward); default all but registration. */
  readonly acceptKinds?: readonly BundleKind[];
  readonly limits?: Partial<BundleLimits>;
  readonly validateTable?: TableValidator;
}

export interface BundleWarning {
  readonly code: 'gap' | 'expired';
  readonly message: string;
}

export interface VerifiedBundle {
  readonly manifest: Manifest;
  readonly manifestBytes: Uint8Array;
  readonly bundleHash: string;
  readonly signer: TrustedKey;
  /** 'already-imported': this exact bundle was imported before; importing it again is a no-op. */
  readonly status: 'new' | 'already-imported';
  readonly warnings: readonly BundleWarning[];
  /** State to store in the same transaction as the merge (undefined when already imported). */
  readonly nextSequenceState?: SequenceState;
  readonly tables: ReadonlyMap<string, TableFile>;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

const DEFAULT_KINDS: readonly BundleKind[] = [
  'setup',
  'data',
  'forward',
  'feedback',
  'receipt',
  'trust-list',
  'chapter',
];

/** Verifies a bundle completely; never throws. */
export function verifyBundle(
  bytes: Uint8Array,
  ctx: VerifyContext,
  prepared?: PreparedEntries,
): Result<VerifiedBundle, VerifyErrorCode> {
  try {
    return verifyUnguarded(bytes, ctx, prepared?.source === bytes ? prepared : undefined);
  } catch {
    // Only a bug gets here; the fuzz test asserts it never happens.
    return err('internal-error', m.internal());
  }
}

function verifyUnguarded(
  bytes: Uint8Array,
  ctx: VerifyContext,
  prepared: PreparedEntries | undefined,
): Result<VerifiedBundle, VerifyErrorCode> {
  const limits = resolveLimits(ctx.limits);
  const container = readBundleContainer(
    bytes,
    limits,
    prepared === undefined ? {} : { inflated: prepared.inflated },
  );
  if (!container.ok) return container;
  const { manifestBytes, sigText, entries } = container.value;

  const read = readManifest(manifestBytes, limits.maxManifestBytes);
  if (!read.ok) return read;
  const manifest = read.value;
  const kinds = ctx.acceptKinds ?? DEFAULT_KINDS;
  if (!kinds.includes(manifest.kind)) return err('wrong-kind', m.wrongKind(manifest.kind, kinds));

  const signature = decodeSignatureText(sigText);
  if (signature === null) return err('signature-invalid', m.signatureMalformed());
  const signer = trustedKeyIndex(ctx.trustList).get(manifest.keyId);
  if (signer === undefined)
    return err('unknown-signer', m.unknownSigner(manifest.keyId), { keyId: manifest.keyId });
  const publicKey = decodePublicKey(signer.publicKey);
  if (publicKey === null || !signatureHolds(signature, manifestBytes, publicKey, prepared?.signature))
    return err('signature-invalid', m.signatureInvalid());
  const policy = checkSigner(manifest, signer, {
    officePublicKey: ctx.officePublicKey,
    summaryDepartments: ctx.summaryDepartments ?? [],
  });
  if (!policy.ok) return policy;
  // After a key rotation, a number on the old key says nothing: the trust list orders the keys.
  const newer =
    sequenceChannelOf(manifest.kind) === 'strict'
      ? newerKeyHeld(ctx.trustList, signer, (k) => ctx.sequenceState(k, manifest.addressee) !== undefined)
      : null;
  if (newer !== null)
    return err('key-superseded', m.keySuperseded(manifest.keyId, signer.departmentCode, newer.keyId), {
      keyId: manifest.keyId,
    });

  const here = ctx.station.role === 'office' ? OFFICE_ADDRESSEE : ctx.station.departmentCode;
  if (manifest.addressee !== here) return err('wrong-addressee', m.wrongAddressee(manifest.addressee, here));
  if (manifest.yearId !== ctx.yearId) return err('wrong-year', m.wrongYear());

  const bundleHash = bundleHashOf(manifestBytes);
  // Receipts are order-free (sequence-policy.ts sequenceChannelOf): the importer makes them idempotent.
  let sequence: SequenceDecision = { kind: 'accept', warnings: [], next: undefined };
  if (sequenceChannelOf(manifest.kind) === 'strict') {
    const decided = decideSequence(
      ctx.sequenceState(manifest.keyId, manifest.addressee) ?? EMPTY_SEQUENCE_STATE,
      { seq: manifest.seq, bundleHash, prevBundleHash: manifest.prevBundleHash },
      { confirmed: ctx.confirmSeqJump === true },
    );
    if (!decided.ok) return decided;
    sequence = decided.value;
  }

  const payload = checkPayload(manifest, entries, limits, ctx.validateTable, prepared?.digests);
  if (!payload.ok) return payload;

  const warnings: BundleWarning[] = [];
  if (sequence.kind === 'accept')
    warnings.push(...sequence.warnings.map(({ code, message }) => ({ code, message })));
  if (manifest.expiresAt !== undefined && Date.parse(manifest.expiresAt) < ctx.now.getTime()) {
    warnings.push({ code: 'expired', message: m.expired(manifest.expiresAt) });
  }
  return ok({
    manifest,
    manifestBytes,
    bundleHash,
    signer,
    status: sequence.kind === 'already-imported' ? 'already-imported' : 'new',
    warnings,
    ...(sequence.kind === 'accept' && sequence.next !== undefined
      ? { nextSequenceState: sequence.next }
      : {}),
    tables: payload.value.tables,
    files: payload.value.files,
  });
}

/**
 * The handshake's first step (docs/ARCHITECTURE.md §6): a new department or summary station sends the office a
 * registration request — its public key, department and role — as a bundle of kind `registration`
 * signed by that very key. The self-signature proves the sender holds the private key; it proves
 * nothing about *who* the sender is, which is why the office shows the fingerprint and a person
 * compares it with what the department reads out by phone before the key enters the trust list.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { DEPARTMENT_CODE_PATTERN } from '../departments/department-types';
import { err, ok, type Result } from '../result';
import { bytesToBase64 } from '../base64';
import { parseBoundedJson } from './bounded-json';
import { peekBundle } from './bundle-peek';
import {
  decodePublicKey,
  decodeSignatureText,
  fingerprintOf,
  keyIdOf,
  verifySignature,
} from './ed25519-keys';
import { OFFICE_ADDRESSEE, type ManifestFields } from './manifest';
import type { BundleFileInput } from './bundle-writer';

export const REGISTRATION_ENTRY = 'files/registration.json';

export const registrationSchema = z
  .object({
    format: z.literal('sdd-registration'),
    version: z.literal(1),
    publicKey: z.string().refine((s) => decodePublicKey(s) !== null, '公钥不是 32 字节的 base64'),
    departmentCode: z.string().regex(DEPARTMENT_CODE_PATTERN),
    departmentName: z.string().min(1).max(40),
    stationRole: z.enum(['department', 'summary']),
    /** Who to phone back for the fingerprint check (负责人 name). */
    contact: z.string().max(60),
  })
  .strict();
export type RegistrationPayload = z.infer<typeof registrationSchema>;

export interface RegistrationRequest extends RegistrationPayload {
  readonly keyId: string;
  readonly fingerprint: string;
  readonly bundleHash: string;
  readonly createdAt: string;
}

export interface RegistrationInput {
  readonly payload: RegistrationPayload;
  /** The station's local workspace id: the shared year id is only learnt from the setup bundle. */
  readonly stationId: string;
  readonly bundleId: string;
  readonly createdAt: string;
  readonly auditHead: string;
  readonly appVersion: string;
}

/** Manifest fields and the one file of a registration request (sign with the registering key). */
export function registrationBundleInput(input: RegistrationInput): {
  manifestFields: ManifestFields;
  files: BundleFileInput[];
} {
  const publicKey = decodePublicKey(input.payload.publicKey);
  if (publicKey === null) throw new Error('registration: bad public key');
  return {
    manifestFields: {
      kind: 'registration',
      keyId: keyIdOf(publicKey),
      sender: { stationRole: input.payload.stationRole, departmentCode: input.payload.departmentCode },
      addressee: OFFICE_ADDRESSEE,
      yearId: input.stationId,
      bundleId: input.bundleId,
      // A registration is outside every sequence: it is idempotent and may be re-sent.
      seq: 1,
      prevBundleHash: null,
      createdAt: input.createdAt,
      auditHead: input.auditHead,
      appVersion: input.appVersion,
      schemaVersion: 1,
    },
    files: [{ path: REGISTRATION_ENTRY, bytes: new TextEncoder().encode(canonicalJson(input.payload)) }],
  };
}

/** Reads and checks a registration request: strict container, its self-signature, key/department consistency. */
export function readRegistration(bytes: Uint8Array): Result<RegistrationRequest> {
  const peeked = peekBundle(bytes);
  if (!peeked.ok) return peeked;
  const { manifest, manifestBytes, sigText, files, bundleHash } = peeked.value;
  if (manifest.kind !== 'registration') return err('wrong-kind', '这不是注册申请文件。');
  const raw = files.get(REGISTRATION_ENTRY);
  if (raw === undefined || files.size !== 1) return err('registration-invalid', '注册申请文件内容不完整。');
  const json = parseBoundedJson(raw, { maxBytes: 64 * 1024, maxDepth: 4 }, REGISTRATION_ENTRY);
  if (!json.ok) return json;
  const parsed = registrationSchema.safeParse(json.value);
  if (!parsed.success)
    return err('registration-invalid', `注册申请内容无效：${parsed.error.issues[0]?.message ?? ''}`);
  const payload = parsed.data;
  const publicKey = decodePublicKey(payload.publicKey)!;
  const keyId = keyIdOf(publicKey);
  if (manifest.keyId !== keyId)
    return err('registration-invalid', '注册申请中的密钥编号与公钥不符，已拒绝。');
  if (
    manifest.sender.departmentCode !== payload.departmentCode ||
    manifest.sender.stationRole !== payload.stationRole
  ) {
    return err('registration-invalid', '注册申请的部门或站点角色前后不一致，已拒绝。');
  }
  const signature = decodeSignatureText(sigText);
  if (signature === null || !verifySignature(signature, manifestBytes, publicKey)) {
    return err('signature-invalid', '注册申请的签名无效：文件在签名后被改动，已拒绝。');
  }
  return ok({
    ...payload,
    publicKey: bytesToBase64(publicKey),
    keyId,
    fingerprint: fingerprintOf(publicKey),
    bundleHash,
    createdAt: manifest.createdAt,
  });
}

/**
 * Who may sign what (docs/ARCHITECTURE.md §6; docs/SECURITY.md B3, B4). The key must be in the trust list and not revoked,
 * its registered department and role must be the ones the manifest claims, and its role must be allowed
 * for the bundle kind: setup and trust-list bundles only from the pinned office key; feedback from the
 * office or from the summary department this station reports through; forwards from summary keys.
 */
import { err, ok, type Result } from '../result';
import { STATION_ROLE_LABELS } from '../workspace/workspace-types';
import { bytesToBase64 } from '../base64';
import { bundleMessages as m } from './bundle-messages';
import type { BundleKind, Manifest } from './manifest';
import type { KeyRole, TrustedKey } from './trust-list';

export type SignerErrorCode = 'key-revoked' | 'wrong-department' | 'signer-not-allowed';

const ROLES_FOR_KIND: Readonly<Record<BundleKind, readonly KeyRole[]>> = {
  registration: [],
  setup: ['office'],
  'trust-list': ['office'],
  feedback: ['office', 'summary'],
  data: ['department', 'summary'],
  forward: ['summary'],
  receipt: ['office', 'summary'],
  // Assignments and decisions from the office; chapters from the department they were assigned to
  // (bound to the assignment in report-workflow/chapter-delivery.ts).
  chapter: ['office', 'department', 'summary'],
};

export interface SignerPolicyContext {
  /** The office key pinned at setup: the only key an 'office' role is accepted from. */
  readonly officePublicKey: Uint8Array;
  /** Summary departments whose registered key may send this station feedback (from its task routes). */
  readonly summaryDepartments: readonly string[];
}

export function checkSigner(
  manifest: Manifest,
  key: TrustedKey,
  ctx: SignerPolicyContext,
): Result<null, SignerErrorCode> {
  if (key.revokedAt !== undefined) return err('key-revoked', m.keyRevoked(key.keyId, key.departmentCode));
  if (key.departmentCode !== manifest.sender.departmentCode) {
    return err('wrong-department', m.wrongDepartment(manifest.sender.departmentCode, key.departmentCode));
  }
  if (key.role !== manifest.sender.stationRole) {
    return err(
      'wrong-department',
      m.wrongRole(STATION_ROLE_LABELS[manifest.sender.stationRole], STATION_ROLE_LABELS[key.role]),
    );
  }
  if (!ROLES_FOR_KIND[manifest.kind].includes(key.role)) {
    return err('signer-not-allowed', m.signerNotAllowed(manifest.kind, key.departmentCode));
  }
  if (key.role === 'office' && key.publicKey !== bytesToBase64(ctx.officePublicKey)) {
    return err('signer-not-allowed', m.notPinnedOffice());
  }
  if (
    manifest.kind === 'feedback' &&
    key.role === 'summary' &&
    !ctx.summaryDepartments.includes(key.departmentCode)
  ) {
    return err('signer-not-allowed', m.signerNotAllowed(manifest.kind, key.departmentCode));
  }
  return ok(null);
}

/**
 * What the bundle exchange stores (schema v3 tables keys, trust, bundles, sequences). Records are
 * plain JSON values (binary as base64, so they fit the logical backups) so they cross to the storage worker unchanged.
 * - keys: this station's own signing key, public part only (the private key lives in the Electron key
 *   vault or the browser's key store, both outside this database, so backups never carry it).
 * - trust: kind 'office-pin' (the office key pinned at the first setup, or the office's own key),
 *   'trust-list' (the signed list as received or issued), 'setup' (the last setup applied: notice,
 *   revision), 'notice' (the office's draft 采集通知), 'lock-list' (the office's signed 锁定清单 as a
 *   feedback bundle brought it, at a department or summary department).
 * - bundles: every bundle sent or received; `recordedAt` is the receivedAt index.
 * - sequences: received sequence state per (signing key, addressee).
 */
import type { CollectionNotice } from '../../shared/bundle/setup-payload';
import type { BundleKind } from '../../shared/bundle/manifest';
import type { TrustList } from '../../shared/bundle/trust-list';
import type { SignedLockList } from '../../shared/year-close/signed-lock-list';
import type { StationRole } from '../../shared/workspace/workspace-types';

export interface OwnKeyRecord {
  readonly workspaceId: string;
  readonly keyId: string;
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly createdAt: string;
  readonly createdBy: string;
  /** Where the private key is: the Electron vault (passphrase) or the browser's non-extractable key store. */
  readonly storage: 'vault' | 'webcrypto';
}

export type TrustRecord =
  | {
      readonly workspaceId: string;
      readonly kind: 'office-pin';
      readonly keyId: string;
      readonly publicKey: string;
      readonly fingerprint: string;
      /** The collection year's shared id (manifest.yearId), learnt with the pin. */
      readonly yearId: string;
      /**
       * Carried by 新建下一学年 at a department: the key stays confirmed, but `yearId` is last year's
       * until the office's next setup bundle (signed by this key) names the new one.
       */
      readonly awaitingYear?: true;
      readonly pinnedAt: string;
      readonly pinnedBy: string;
    }
  | {
      readonly workspaceId: string;
      readonly kind: 'trust-list';
      readonly list: TrustList;
      /** The exact signed bytes (base64: records stay JSON for backups) and the office's signature. */
      readonly bytesBase64: string;
      readonly sigText: string;
    }
  | {
      readonly workspaceId: string;
      readonly kind: 'setup';
      readonly revision: number;
      readonly notice: CollectionNotice;
      readonly bundleHash: string;
      readonly appliedAt: string;
    }
  | {
      readonly workspaceId: string;
      readonly kind: 'notice';
      readonly notice: CollectionNotice;
      readonly revision: number;
    }
  | {
      readonly workspaceId: string;
      readonly kind: 'lock-list';
      readonly list: SignedLockList;
      /** The feedback bundle that brought it, and when it was imported. */
      readonly bundleHash: string;
      readonly receivedAt: string;
      /** The office's audited reopen of the year that reached this station after the lock (lifts it here). */
      readonly reopened?: { readonly at: string; readonly by: string };
    };

export type TrustKind = TrustRecord['kind'];

export interface BundleSliceNote {
  readonly tableCode: string;
  readonly departmentCode: string;
  readonly rows: number;
  readonly added?: number;
  readonly changed?: number;
  readonly removed?: number;
}

export interface BundleRecord {
  readonly workspaceId: string;
  readonly bundleHash: string;
  /** When this station sent or received it (the receivedAt index). */
  readonly receivedAt: string;
  readonly direction: 'sent' | 'received';
  readonly kind: BundleKind;
  readonly keyId: string;
  readonly sender: { readonly stationRole: StationRole; readonly departmentCode: string };
  readonly addressee: string;
  readonly seq: number;
  readonly createdAt: string;
  readonly auditHead: string;
  /** sent → delivered when the receiver's receipt is imported; received bundles are 'imported'. */
  readonly status: 'sent' | 'delivered' | 'imported';
  readonly slices: readonly BundleSliceNote[];
  readonly warnings: readonly string[];
  readonly fileName?: string;
  /** Sent bundles numbered on a counter other than the addressee's strict one (receipts: 'XGC:receipt'). */
  readonly counter?: string;
  /** The bundle as received (base64), kept at summary stations to forward the signed original. */
  readonly bytesBase64?: string;
  readonly receipt?: { readonly bundleHash: string; readonly at: string; readonly by: string };
  /** Forward bundles at the office: who contributed what. */
  readonly contributors?: ReadonlyArray<{
    readonly departmentCode: string;
    readonly keyId: string;
    readonly seq: number;
    readonly bundleHash: string;
    readonly auditHead: string;
  }>;
}

export interface SequenceRecord {
  readonly workspaceId: string;
  readonly keyId: string;
  readonly addressee: string;
  readonly lastSeq: number;
  readonly hashes: ReadonlyArray<readonly [number, string]>;
}

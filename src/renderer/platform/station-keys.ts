/**
 * The station's signing key behind the Platform (docs/ARCHITECTURE.md §6), so features never care where it is:
 * Electron keeps it in the main process's vault, encrypted under the 负责人's passphrase; the browser
 * build keeps a non-extractable WebCrypto Ed25519 key in its own IndexedDB key store. Either way the
 * page only ever sees the public key and signatures.
 */
import type { Result } from '../../shared/result';

export interface StationKey {
  readonly keyId: string;
  readonly publicKey: Uint8Array;
}

export interface StationKeys {
  /** True in Electron: creating and signing need the 负责人's passphrase (≥ 10 characters). */
  readonly needsPassphrase: boolean;
  /** Creates a new key for the workspace (a rotation when one exists: the newest is current). */
  create(workspaceId: string, passphrase: string | null): Promise<Result<StationKey>>;
  /** The workspace's current key, or null when it has none (e.g. a browser station restored elsewhere). */
  current(workspaceId: string): Promise<Result<StationKey | null>>;
  /** Ed25519 signature over `message` with the given key. */
  sign(
    workspaceId: string,
    keyId: string,
    message: Uint8Array,
    passphrase: string | null,
  ): Promise<Result<Uint8Array>>;
}

/**
 * Reads a bundle's container and manifest without any trust decision: to route an opened file by its
 * kind, to read a self-signed registration request, or to show the office key a first setup bundle
 * claims so a person can confirm its fingerprint before it is pinned. Nothing read here is trusted;
 * every accepting path still runs verifyBundle (or the registration's self-signature check).
 */
import { err, ok, type Result } from '../result';
import { resolveLimits, type BundleLimits } from './bundle-limits';
import { bundleHashOf, type Manifest } from './manifest';
import { readManifest } from './manifest-reader';
import { checkPayload } from './payload-check';
import type { TableFile } from './table-file';
import { readBundleContainer } from './zip-reader';

export interface PeekedBundle {
  readonly manifest: Manifest;
  readonly manifestBytes: Uint8Array;
  readonly bundleHash: string;
  readonly sigText: string;
  /** Payload entries, already checked against the manifest's sizes and SHA-256 (not against a signer); empty with `manifestOnly`. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Parsed tables/ files (empty with `manifestOnly`). */
  readonly tables: ReadonlyMap<string, TableFile>;
}

/**
 * Container, manifest and (unless `manifestOnly`, used to route an opened file by kind, which inflates
 * nothing but the manifest and its signature) the payload checked against the manifest. The signature is NOT checked here. Never throws.
 */
export function peekBundle(
  bytes: Uint8Array,
  options: { manifestOnly?: boolean; limits?: Partial<BundleLimits> } = {},
): Result<PeekedBundle> {
  try {
    const limits = resolveLimits(options.limits);
    const container = readBundleContainer(bytes, limits, { manifestOnly: options.manifestOnly === true });
    if (!container.ok) return container;
    const manifest = readManifest(container.value.manifestBytes, limits.maxManifestBytes);
    if (!manifest.ok) return manifest;
    let tables: ReadonlyMap<string, TableFile> = new Map();
    if (options.manifestOnly !== true) {
      const payload = checkPayload(manifest.value, container.value.entries, limits);
      if (!payload.ok) return payload;
      tables = payload.value.tables;
    }
    const files = new Map(container.value.entries);
    return ok({
      manifest: manifest.value,
      manifestBytes: container.value.manifestBytes,
      bundleHash: bundleHashOf(container.value.manifestBytes),
      sigText: container.value.sigText,
      files,
      tables,
    });
  } catch {
    return err('internal-error', '读取数据包时发生内部错误；请将此文件交给技术人员。');
  }
}

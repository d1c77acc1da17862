/**
 * Caps applied to an untrusted bundle before and while it is read (docs/SECURITY.md Z1, J1; ASVS V5.2.3).
 * Sized for the largest real bundle we expect — a 100k-row table is ≈42 MB of JSON, a summary
 * department forwards ~20 contributors' originals — with room to spare, yet small enough that a
 * hostile file cannot exhaust a renderer worker's memory.
 */
export interface BundleLimits {
  /** Size of the zip file itself. */
  readonly maxArchiveBytes: number;
  /** Entries in the central directory (checked before any entry is parsed). */
  readonly maxEntries: number;
  /** Actual inflated bytes of one entry, counted while inflating (declared sizes are not trusted). */
  readonly maxEntryBytes: number;
  /** Actual inflated bytes of all entries together. */
  readonly maxTotalBytes: number;
  /** manifest.json is small; a large one is hostile. */
  readonly maxManifestBytes: number;
  /** Nesting depth of any JSON file (a row is ≈4 deep). */
  readonly maxJsonDepth: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxArchiveBytes: 256 * 1024 * 1024,
  maxEntries: 512,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 768 * 1024 * 1024,
  maxManifestBytes: 1024 * 1024,
  maxJsonDepth: 32,
};

/** Limits with caller overrides; an override may only tighten or loosen a known key. */
export function resolveLimits(overrides?: Partial<BundleLimits>): BundleLimits {
  return { ...DEFAULT_BUNDLE_LIMITS, ...overrides };
}

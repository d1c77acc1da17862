/**
 * Which of a station's keys is newest (docs/bundle-rules.md "Sequence numbers"). Sequence numbers count per
 * key, so after a key rotation a number says nothing across keys: the trust list orders them instead —
 * later `addedAt` first, then later position in the list. A forward carries each contributor's original
 * from its newest key; a bundle signed by a key older than one this station already holds from the same
 * department (at the same addressee) is a rollback.
 */
import type { TrustList, TrustedKey } from './trust-list';

/** Newest first: the department's keys in the list (revoked ones included, for ordering). */
export function keysNewestFirst(trust: TrustList, departmentCode: string): TrustedKey[] {
  const indexed = trust.keys.map((k, i) => ({ k, i })).filter(({ k }) => k.departmentCode === departmentCode);
  indexed.sort((a, b) => b.k.addedAt.localeCompare(a.k.addedAt) || b.i - a.i);
  return indexed.map(({ k }) => k);
}

/** A key of the same department newer than `keyId` for which `held` is true, or null. */
export function newerKeyHeld(
  trust: TrustList,
  signer: TrustedKey,
  held: (keyId: string) => boolean,
): TrustedKey | null {
  for (const k of keysNewestFirst(trust, signer.departmentCode)) {
    if (k.keyId === signer.keyId) return null;
    if (held(k.keyId)) return k;
  }
  return null;
}

/**
 * Per contributor, the bundle a forward carries: among the bundles of its newest key that has any (a
 * revoked key never), the highest number. Never a bundle of an older key because its number is higher.
 */
export function newestPerContributor<B extends { departmentCode: string; keyId: string; seq: number }>(
  trust: TrustList,
  bundles: readonly B[],
): Map<string, B> {
  const out = new Map<string, B>();
  const departments = [...new Set(bundles.map((b) => b.departmentCode))];
  for (const dept of departments) {
    for (const key of keysNewestFirst(trust, dept)) {
      if (key.revokedAt !== undefined) continue;
      const mine = bundles.filter((b) => b.departmentCode === dept && b.keyId === key.keyId);
      if (mine.length === 0) continue;
      out.set(
        dept,
        mine.reduce((best, b) => (b.seq > best.seq ? b : best)),
      );
      break;
    }
  }
  return out;
}

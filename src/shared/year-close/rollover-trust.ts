/**
 * The trust list across 新建下一学年 (docs/ARCHITECTURE.md §6): the office re-issues its list for the new
 * year — the same keys, a revoked key still revoked, the next version, signed afresh by the office key —
 * so every department that carried last year's list accepts it as newer, and no department has to
 * register again. Pure: the page signs, the writer checks with `checkReissuedTrustList` before writing.
 */
import { base64ToBytes } from '../base64';
import { canonicalJson } from '../canonical-json';
import { verifyTrustList, type TrustList } from '../bundle/trust-list';
import { err, ok, type Result } from '../result';

/** Last year's list as the new year starts it: nothing changed but the version. */
export const reissuedTrustList = (list: TrustList): TrustList => ({
  ...list,
  version: list.version + 1,
  keys: list.keys.map((k) => ({ ...k })),
});

const MESSAGE = '新学年的信任列表与本学年不一致（密钥、吊销状态或版本号不符），已拒绝。';

/**
 * Accepts `bytes`/`sigText` as the re-issue of `old` only if the pinned office key signed it, it is
 * exactly one version newer, and it lists the very same keys with the same revocations.
 */
export function checkReissuedTrustList(
  old: TrustList,
  officePublicKeyBase64: string,
  bytes: Uint8Array,
  sigText: string,
): Result<TrustList> {
  const pub = base64ToBytes(officePublicKeyBase64);
  if (pub === null) return err('trust-reissue', MESSAGE);
  const v = verifyTrustList(bytes, sigText, pub, old.version);
  if (!v.ok) return err('trust-reissue', v.error.message);
  if (v.value.version !== old.version + 1 || canonicalJson(v.value.keys) !== canonicalJson(old.keys))
    return err('trust-reissue', MESSAGE);
  return ok(v.value);
}

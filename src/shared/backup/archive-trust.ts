/**
 * What a restored archive may say about trust (docs/SECURITY.md R9). An archive is a file from a USB stick
 * or another PC, so its trust records count only as far as the trust root vouches for them:
 * - its pinned office key must be the key this station has pinned (a station without a pin, a new PC,
 *   takes the archive's pin — the same first-contact rule as the first setup bundle);
 * - its trust list must carry a valid signature of that office key over the exact stored bytes;
 * - its 锁定清单 (kept from the office's feedback) must carry that key's signature too (docs/SECURITY.md R13);
 * - a trust list older than the one held is not restored (the newer one is kept), and neither is a
 *   received-sequence mark lower than the one held, so a restore can never re-open a replay.
 * Pure and total: inputs are schema-checked records, the answer is a value.
 */
import { base64ToBytes } from '../base64';
import { canonicalJson } from '../canonical-json';
import { decodePublicKey } from '../bundle/ed25519-keys';
import { trustListSchema, verifyTrustList, type TrustList } from '../bundle/trust-list';
import { err, ok, type Result } from '../result';
import { verifyLockList } from '../year-close/signed-lock-list';

interface PinView {
  readonly keyId: string;
  readonly publicKey: string;
  readonly fingerprint: string;
}
interface ListView {
  readonly list: TrustList;
  readonly bytesBase64: string;
  readonly sigText: string;
}
export interface SequenceView {
  readonly keyId: string;
  readonly addressee: string;
  readonly lastSeq: number;
}

/** Field access on a record whose shape the caller's schema already checked, without trusting it. */
const field = (r: object, k: string): unknown => (r as Readonly<Record<string, unknown>>)[k];
const str = (r: object, k: string): string => {
  const v = field(r, k);
  return typeof v === 'string' ? v : '';
};

function pinOf(records: readonly object[]): PinView | undefined {
  const r = records.find((x) => field(x, 'kind') === 'office-pin');
  return r && { keyId: str(r, 'keyId'), publicKey: str(r, 'publicKey'), fingerprint: str(r, 'fingerprint') };
}

function listOf(records: readonly object[]): ListView | undefined {
  const r = records.find((x) => field(x, 'kind') === 'trust-list');
  const list = r === undefined ? undefined : trustListSchema.safeParse(field(r, 'list'));
  return r && list?.success
    ? { list: list.data, bytesBase64: str(r, 'bytesBase64'), sigText: str(r, 'sigText') }
    : undefined;
}

function markOf(r: object): SequenceView {
  const seq = field(r, 'lastSeq');
  return {
    keyId: str(r, 'keyId'),
    addressee: str(r, 'addressee'),
    lastSeq: typeof seq === 'number' ? seq : -1,
  };
}

export const archiveTrustText = {
  otherOffice: (theirs: string, ours: string) =>
    `备份中的督导室密钥（指纹 ${theirs}）与本机已确认的督导室密钥（指纹 ${ours}）不同，已拒绝恢复。`,
  listWithoutPin: '备份中有信任列表，却没有可核对它的督导室密钥，已拒绝恢复。',
  listUnsigned: (why: string) => `备份中的信任列表未通过督导室密钥的签名核对（${why}），已拒绝恢复。`,
  lockListUnsigned: (why: string) => `备份中的锁定清单未通过督导室密钥的核对（${why}），已拒绝恢复。`,
} as const;

/**
 * Checks the archive's trust records against this station's. `keepCurrentList` is true when the
 * station holds a newer trust list than the archive's (or the archive has none): the restore keeps it.
 */
export function checkArchiveTrust(
  current: readonly object[],
  archived: readonly object[],
): Result<{ readonly keepCurrentList: boolean }, 'restore-refused'> {
  const ourPin = pinOf(current);
  const theirPin = pinOf(archived);
  if (ourPin !== undefined && theirPin !== undefined)
    if (ourPin.keyId !== theirPin.keyId || ourPin.publicKey !== theirPin.publicKey)
      return err('restore-refused', archiveTrustText.otherOffice(theirPin.fingerprint, ourPin.fingerprint));
  const pin = ourPin ?? theirPin;
  const ourList = listOf(current);
  const theirList = listOf(archived);
  if (theirList === undefined && archived.some((x) => field(x, 'kind') === 'trust-list'))
    return err('restore-refused', archiveTrustText.listUnsigned('列表内容无效'));
  if (theirList !== undefined) {
    const publicKey = pin === undefined ? null : decodePublicKey(pin.publicKey);
    if (publicKey === null) return err('restore-refused', archiveTrustText.listWithoutPin);
    const bytes = base64ToBytes(theirList.bytesBase64);
    const verified =
      bytes === null
        ? err('trust-list-invalid', '签名内容无法读取')
        : verifyTrustList(bytes, theirList.sigText, publicKey, 0);
    if (!verified.ok) return err('restore-refused', archiveTrustText.listUnsigned(verified.error.message));
    // The record's list must be the list that was signed, not a copy edited beside intact bytes.
    if (canonicalJson(verified.value) !== canonicalJson(theirList.list))
      return err('restore-refused', archiveTrustText.listUnsigned('列表内容与签名内容不一致'));
  }
  for (const r of archived.filter((x) => field(x, 'kind') === 'lock-list')) {
    const v = pin === undefined ? null : verifyLockList(field(r, 'list'), pin.publicKey);
    if (v === null) return err('restore-refused', archiveTrustText.listWithoutPin);
    if (!v.ok) return err('restore-refused', archiveTrustText.lockListUnsigned(v.error.message));
  }
  const keepCurrentList =
    ourList !== undefined && (theirList === undefined || ourList.list.version > theirList.list.version);
  return ok({ keepCurrentList });
}

/** The held sequence marks an archive would lower or drop: the restore writes these back over it. */
export function marksToKeep<S extends SequenceView>(current: readonly S[], archived: readonly object[]): S[] {
  const theirs = new Map(archived.map(markOf).map((s) => [`${s.keyId}|${s.addressee}`, s.lastSeq]));
  return current.filter((s) => (theirs.get(`${s.keyId}|${s.addressee}`) ?? -1) < s.lastSeq);
}

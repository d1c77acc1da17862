/**
 * The office's feedback carries its signed 锁定清单 while its year is locked (docs/SECURITY.md R13), so a
 * department or summary department can check what the office froze against its own copies. Signed with
 * the same station key as the bundle, so a summary department can relay it inside the office's feedback
 * and the department still checks it against the office key it pinned. Each addressee gets its own
 * extract (lock-list-extract.ts): its slices and their corrections only; the whole list stays at the office.
 * A summary department's feedback also carries an extract for each department it relays to
 * (`lockListExtracts`): the relayed bundle reaches them unchanged, and each keeps its own from it.
 */
import { base64ToBytes } from '../../../shared/base64';
import { latestLockRecord } from '../../../shared/national-export/lock-record';
import type { FeedbackPayload } from '../../../shared/review/feedback-payload';
import { ok, type Result } from '../../../shared/result';
import { lockListExtract, relayedContributors } from '../../../shared/year-close/lock-list-extract';
import {
  lockListBodyOf,
  signLockList,
  type SignedLockList,
} from '../../../shared/year-close/signed-lock-list';
import type { ExchangeState } from '../../data/records';
import { signerFor, type Acting, type ExchangeDeps } from './exchange-context';

/**
 * `payload` with the latest lock's list added at the office, as `addressee`'s signed extract, and one
 * signed extract for each department `addressee` relays to (unchanged elsewhere or unlocked).
 */
export async function withOfficeLockList(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  payload: FeedbackPayload,
  addressee: string,
): Promise<Result<FeedbackPayload>> {
  const ws = acting.workspace;
  const publicKey = state.ownKey ? base64ToBytes(state.ownKey.publicKey) : null;
  if (ws.station.role !== 'office' || publicKey === null) return ok(payload);
  const lock = latestLockRecord(await deps.repo.loadAuditEvents(ws.id));
  if (lock === null) return ok(payload);
  const signer = await signerFor(deps, acting, state);
  if (!signer.ok) return signer;
  const whole = lockListBodyOf(ws, lock);
  const tasks = await deps.repo.loadTasks(ws.id);
  const sign = (dept: string) =>
    signLockList(lockListExtract(whole, dept, tasks), { publicKey, sign: signer.value.sign });
  const signed = await sign(addressee);
  if (!signed.ok) return signed;
  const extracts: SignedLockList[] = [];
  for (const dept of relayedContributors(addressee, tasks)) {
    const e = await sign(dept);
    if (!e.ok) return e;
    extracts.push(e.value);
  }
  return ok({
    ...payload,
    lockList: signed.value,
    ...(extracts.length === 0 ? {} : { lockListExtracts: extracts }),
  });
}

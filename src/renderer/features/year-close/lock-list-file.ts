/**
 * The signed 锁定清单 as a file: the latest lock's manifest, catalog version and 校级更正, signed with the
 * office's station key (the same key that signs its bundles and trust list), as readable JSON.
 */
import { base64ToBytes } from '../../../shared/base64';
import type { LockRecord } from '../../../shared/national-export/lock-record';
import { err, ok, type Result } from '../../../shared/result';
import { lockListBodyOf, signLockList } from '../../../shared/year-close/signed-lock-list';
import { academicYearLabel } from '../../../shared/workspace/collection-period';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { signerFor, type Acting } from '../bundles/exchange-context';
import { exchangeDeps } from '../bundles/use-exchange';
import { S } from './texts';

export interface LockListFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export async function signedLockListFile(
  ws: Workspace,
  lock: LockRecord,
  actor: Acting['actor'],
  passphrase: string | null,
): Promise<Result<LockListFile>> {
  const deps = exchangeDeps();
  const state = await deps.repo.loadExchange(ws.id);
  const publicKey = state.ownKey ? base64ToBytes(state.ownKey.publicKey) : null;
  if (ws.station.role !== 'office' || publicKey === null) return err('no-key', S.notOfficeKey);
  const signer = await signerFor(deps, { workspace: ws, actor, passphrase }, state);
  if (!signer.ok) return signer;
  const signed = await signLockList(lockListBodyOf(ws, lock), { publicKey, sign: signer.value.sign });
  if (!signed.ok) return signed;
  const name = `${ws.school.code}_${academicYearLabel(ws.academicYearStart)}_锁定清单.json`;
  return ok({ name, bytes: new TextEncoder().encode(`${JSON.stringify(signed.value, null, 2)}\n`) });
}

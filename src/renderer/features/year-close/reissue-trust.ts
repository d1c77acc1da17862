/**
 * 新建下一学年 at the office: last year's trust list re-issued for the new year (same keys, next
 * version), signed with the office's station key before the rollover's one transaction checks and
 * stores it (docs/ARCHITECTURE.md §6). Null when there is nothing to re-issue (a department, or an
 * office that never created its key).
 */
import { bytesToBase64 } from '../../../shared/base64';
import { canonicalJson } from '../../../shared/canonical-json';
import { ok, type Result } from '../../../shared/result';
import { reissuedTrustList } from '../../../shared/year-close/rollover-trust';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import type { ReissuedTrustList } from '../../data/records';
import { signerFor, type Acting } from '../bundles/exchange-context';
import { exchangeDeps } from '../bundles/use-exchange';

export async function signReissuedTrustList(
  ws: Workspace,
  actor: Acting['actor'],
  passphrase: string | null,
): Promise<Result<ReissuedTrustList | null>> {
  if (ws.station.role !== 'office') return ok(null);
  const deps = exchangeDeps();
  const state = await deps.repo.loadExchange(ws.id);
  if (state.trustList === null || state.ownKey === null) return ok(null);
  const signer = await signerFor(deps, { workspace: ws, actor, passphrase }, state);
  if (!signer.ok) return signer;
  const bytes = new TextEncoder().encode(canonicalJson(reissuedTrustList(state.trustList.list)));
  const sig = await signer.value.sign(bytes);
  return sig.ok ? ok({ bytesBase64: bytesToBase64(bytes), sigText: bytesToBase64(sig.value) }) : sig;
}

/** Whether the office has a trust list to re-issue (the page then asks for the signing passphrase). */
export async function hasTrustToReissue(ws: Workspace): Promise<boolean> {
  if (ws.station.role !== 'office') return false;
  const state = await exchangeDeps().repo.loadExchange(ws.id);
  return state.trustList !== null && state.ownKey !== null;
}

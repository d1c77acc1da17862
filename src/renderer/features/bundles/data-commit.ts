/**
 * Commits a previewed data or forward bundle (backup first, then one transaction that also receives the
 * senders' review records) and writes the
 * receiver's signed receipt for the sender. Importing the same bundle again is a no-op.
 */
import { receiptFiles } from '../../../shared/bundle/receipt';
import { err, ok, type Result } from '../../../shared/result';
import { USER_ROLES, type UserRole } from '../../../shared/workspace/workspace-types';
import { backupBefore } from '../backup/backup-before';
import type { Acting, ExchangeDeps } from './exchange-context';
import type { DataPreview } from './data-import';
import { buildOutgoing, bundleFileName, type OutgoingBundle } from './outgoing';
import { X } from './texts';

export type CommitOutcome =
  | { readonly status: 'already-imported' }
  | { readonly status: 'imported'; readonly receipt: Result<OutgoingBundle & { fileName: string }> };

export async function commitDataBundle(
  deps: ExchangeDeps,
  acting: Acting,
  preview: DataPreview,
): Promise<Result<CommitOutcome>> {
  if (preview.status === 'already-imported') return ok({ status: 'already-imported' });
  const ws = acting.workspace;
  const backup = await backupBefore(ws.id, 'merge');
  if (!backup.ok) return err(backup.error.code, X.backupFailed(backup.error.message));
  // The review records that came with the rows are received in the importing user's name.
  const role = USER_ROLES.find((r) => r === acting.actor.role);
  const receiver =
    role === undefined ? {} : { receiver: { name: acting.actor.name, role: role satisfies UserRole } };
  const merged = await deps.repo.mergeBundle(ws.id, { ...preview.merge, ...receiver }, acting.actor);
  if (!merged.ok) return merged;
  return ok({ status: 'imported', receipt: await buildReceipt(deps, acting, preview) });
}

/** The receipt for a committed bundle; a failure here (e.g. wrong passphrase) leaves the import in place. */
export async function buildReceipt(
  deps: ExchangeDeps,
  acting: Acting,
  preview: DataPreview,
): Promise<Result<OutgoingBundle & { fileName: string }>> {
  const m = preview.verified.manifest;
  const state = await deps.repo.loadExchange(acting.workspace.id);
  const out = await buildOutgoing(deps, acting, state, {
    kind: 'receipt',
    addressee: m.sender.departmentCode,
    files: receiptFiles({
      format: 'sdd-receipt',
      version: 1,
      bundleHash: preview.verified.bundleHash,
      kind: m.kind,
      seq: m.seq,
      senderKeyId: m.keyId,
      senderDepartment: m.sender.departmentCode,
      importedAt: deps.now().toISOString(),
      slices: preview.slices.map((s) => ({
        tableCode: s.tableCode,
        departmentCode: s.departmentCode,
        rows: s.rows,
      })),
    }),
  });
  return out.ok
    ? ok({ ...out.value, fileName: await bundleFileName(deps, acting, out.value.manifest, '回执') })
    : out;
}

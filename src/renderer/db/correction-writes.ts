/**
 * 校级更正 written by the data writer (docs/ARCHITECTURE.md "Review", docs/SECURITY.md). This is the one
 * path that writes into a frozen slice, and only for exactly one cell of one correction:
 * - at the office, `correctSlice`: a 督导员 or 领导小组 member corrects a department's slice the office
 *   holds as received or approved (never in a locked year, never a slice still in the department's hands);
 * - at a department or summary department, inside the feedback import (`applyCorrectionsInTx`): the
 *   corrections of a feedback bundle the office signed.
 * Either way the cell must hold exactly the correction's old value (else refused, naming the cell), the
 * row is rewritten through the same block writer as a grid edit, the correction is stored, and the audit
 * event carries the cell, both values, the reason and who corrected.
 */
import type { AuditSummary } from '../../shared/audit/audit-chain';
import type { SliceKey } from '../../shared/records/record-types';
import {
  correctedRow,
  parseCorrection,
  sameCorrection,
  type SliceCorrection,
} from '../../shared/review/slice-correction';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { WriteContext, WriteResult } from './data-writer';
import { getLatestCatalog, loadSlice } from './reads';
import type { StatusDb } from './schema';
import { departmentNameInTx, sliceVerdictInTx } from './slice-gate';
import { applyRowEditsInTx, type RowLocatorCache } from './slice-writes';
import { WriteRejected } from './write-errors';

export interface CorrectionTx {
  readonly at: string;
  audit(kind: string, summary: AuditSummary): Promise<void>;
  afterCommit(fn: () => void): void;
}
export type CorrectionRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: CorrectionTx) => Promise<void>,
) => Promise<WriteResult>;

const refused = (message: string): never => {
  throw new WriteRejected('correction-refused', message);
};

/**
 * Writes one correction into this station's copy (no freeze check: the caller decided the correction
 * may be written) and stores it; a correction already held with the same content is a no-op.
 * Returns the audit summary, or null when nothing changed.
 */
export async function applyCorrectionInTx(
  db: StatusDb,
  locators: RowLocatorCache,
  workspaceId: string,
  c: SliceCorrection,
  tx: Pick<CorrectionTx, 'at' | 'afterCommit'>,
  actor: string,
): Promise<AuditSummary | null> {
  const held = await db.sliceCorrections.get([workspaceId, c.id]);
  const dept = await departmentNameInTx(db, workspaceId, c.departmentCode);
  if (held !== undefined) {
    if (sameCorrection(held, c)) return null;
    refused(`校级更正（${c.tableCode}，${dept}）与本站已应用的同一更正内容不同，已拒绝。`);
  }
  const key: SliceKey = { workspaceId, tableCode: c.tableCode, departmentCode: c.departmentCode };
  const catalog = await getLatestCatalog(db, workspaceId);
  const fields = catalog?.tables.find((t) => t.code === c.tableCode)?.fields ?? [];
  const label = fields.find((f) => f.key === c.field)?.label ?? c.field;
  const rows = await loadSlice(db, key);
  const row = correctedRow(rows, c, label, dept);
  if (!row.ok) return refused(row.error.message);
  const out = await applyRowEditsInTx(db, locators, key, { upserts: [row.value] }, tx.at, actor);
  tx.afterCommit(out.afterCommit);
  await db.sliceCorrections.put({ ...c, workspaceId, appliedAt: tx.at });
  return {
    id: c.id,
    table: c.tableCode,
    department: c.departmentCode,
    row: rows.findIndex((r) => r.id === c.rowId) + 1,
    rowId: c.rowId,
    field: c.field,
    old: c.oldValue,
    new: c.newValue,
    reason: c.reason,
    by: c.actor.name,
    byRole: c.actor.role,
    correctedAt: c.at,
  };
}

/** Applies a feedback bundle's corrections (already limited to the office's, correction-authority.ts). */
export async function applyCorrectionsInTx(
  db: StatusDb,
  locators: RowLocatorCache,
  workspaceId: string,
  corrections: readonly SliceCorrection[],
  tx: Pick<CorrectionTx, 'at' | 'afterCommit'>,
  actor: string,
): Promise<AuditSummary[]> {
  const out: AuditSummary[] = [];
  for (const c of corrections) {
    const parsed = parseCorrection(c);
    if (!parsed.ok) refused(parsed.error.message);
    const s = await applyCorrectionInTx(db, locators, workspaceId, c, tx, actor);
    if (s !== null) out.push(s);
  }
  return out;
}

export function correctionWriterOps(db: StatusDb, locators: RowLocatorCache, run: CorrectionRunner) {
  return {
    /** The office's 校级更正 of one cell of a department's slice it holds frozen (received or approved). */
    correctSlice(workspaceId: string, correction: SliceCorrection, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const parsed = parseCorrection(correction);
        if (!parsed.ok) return refused(parsed.error.message);
        const c = parsed.value;
        const ws = (await db.workspaces.get(workspaceId)) as Workspace;
        if (ws.station.role !== 'office') refused('只有督导室可以作出校级更正。');
        const key = { workspaceId, tableCode: c.tableCode, departmentCode: c.departmentCode };
        const v = await sliceVerdictInTx(db, key);
        if (v.writable)
          refused(
            `表 ${c.tableCode}（${await departmentNameInTx(db, workspaceId, c.departmentCode)}）未报送到学校或已退回，请由部门修改后重新报送。`,
          );
        else if (v.code === 'year-locked') refused(`${v.message}（校级更正须在锁定前作出）`);
        if (await db.sliceCorrections.get([workspaceId, c.id])) refused('该校级更正已存在。');
        const summary = await applyCorrectionInTx(db, locators, workspaceId, c, tx, ctx.actor);
        await tx.audit('slice.correct', summary ?? {});
      });
    },
  };
}

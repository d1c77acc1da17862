/**
 * 新建下一学年 in one transaction (docs/ARCHITECTURE.md §6 "A new year"): the next year's workspace, its departments,
 * every catalog / ruleset / indicator / standard version as stored (versions kept), the task matrix
 * with deadlines moved, the station's own key record (the key itself stays in the key store under
 * `keyStoreId`), the pinned office key, trust list and sequence marks, and the point-in-time
 * tables' rows marked 待核实 (the department's own at a department, every slice at the office). Either
 * all of it exists afterwards or none of it: a crash mid-way leaves last year exactly as it was.
 */
import { EMPTY_TALLY } from '../../shared/tasks/confirmation-tally';
import type { Table } from 'dexie';
import { latestLockRecord } from '../../shared/national-export/lock-record';
import { newUuid } from '../../shared/ids';
import { base64ToBytes } from '../../shared/base64';
import { checkReissuedTrustList } from '../../shared/year-close/rollover-trust';
import { carriedTables, carryRows, nextYearTasks, rolloverRefusal } from '../../shared/year-close/rollover';
import { keyStoreIdOf, workspaceSchema, type Workspace } from '../../shared/workspace/workspace-types';
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import type { WriteContext, WriteResult } from './data-writer';
import { sliceBlocksRange, workspaceRange } from './key-ranges';
import { getAuditEvents, getLatestCatalog, getTasks } from './reads';
import { listSubmissions } from './review-reads';
import { saveTasksInTx } from './metadata-writes';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

export interface RolloverTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
}
export type RolloverRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: RolloverTx) => Promise<void>,
  opts: { requireWorkspace: false },
) => Promise<WriteResult>;

function refused(message: string): never {
  throw new WriteRejected('rollover-refused', message);
}

/** Every record of `from` in `table`, re-keyed to `to` (primary keys lead with the workspace id). */
async function copyAll<T extends { readonly workspaceId: string }, K>(
  table: Table<T, K>,
  from: string,
  to: string,
  keep: (r: T) => boolean = () => true,
  edit: (r: T) => T = (r) => r,
): Promise<number> {
  const [lo, hi] = workspaceRange(from);
  const all = (await table.where(':id').between(lo, hi).toArray()).filter(keep);
  await table.bulkAdd(all.map((r) => ({ ...edit(r), workspaceId: to })));
  return all.length;
}

/** The office's trust list re-issued for the new year, signed by the page (rollover-trust.ts). */
export interface ReissuedTrustList {
  readonly bytesBase64: string;
  readonly sigText: string;
}

/**
 * The station's trust into the new year. Office: its pin now names the new year, and its list is the
 * signed re-issue (checked: same keys, next version) or, when none was signed, last year's as it was.
 * Department: the pinned office key stays confirmed but waits to learn the new year's id from the
 * office's next setup bundle, so nothing is sent under last year's id meanwhile.
 */
async function carryTrust(
  db: StatusDb,
  old: Workspace,
  to: string,
  reissue: ReissuedTrustList | null,
): Promise<AuditSummary> {
  const [lo, hi] = workspaceRange(old.id);
  const held = await db.trust.where(':id').between(lo, hi).toArray();
  const pin = held.find((r) => r.kind === 'office-pin');
  const list = held.find((r) => r.kind === 'trust-list');
  const office = old.station.role === 'office';
  if (pin) {
    await db.trust.add(
      office ? { ...pin, workspaceId: to, yearId: to } : { ...pin, workspaceId: to, awaitingYear: true },
    );
  }
  if (!list) {
    if (reissue) refused('本学年没有信任列表，无法为新学年重新签发。');
    return {};
  }
  if (office && reissue) {
    const bytes = base64ToBytes(reissue.bytesBase64);
    const checked =
      bytes === null || !pin
        ? null
        : checkReissuedTrustList(list.list, pin.publicKey, bytes, reissue.sigText);
    if (checked === null || !checked.ok) refused(checked?.error.message ?? '新学年的信任列表无法读取。');
    await db.trust.add({ workspaceId: to, kind: 'trust-list', list: checked.value, ...reissue });
    return { trustListVersion: checked.value.version, trustListReissued: true };
  }
  await db.trust.add({ ...list, workspaceId: to });
  return { trustListVersion: list.list.version };
}

export function rolloverWriterOps(db: StatusDb, run: RolloverRunner) {
  return {
    /** Creates `next` (from nextYearWorkspace) out of the locked year `fromId`, in one transaction. */
    rolloverYear(
      fromId: string,
      next: Workspace,
      ctx: WriteContext,
      reissue: ReissuedTrustList | null = null,
    ): Promise<WriteResult> {
      return run(
        next.id,
        ctx,
        async (tx) => {
          const old = await db.workspaces.get(fromId);
          if (!old) refused('找不到要结转的学年，可能已被删除。');
          if (
            !workspaceSchema.safeParse(next).success ||
            next.academicYearStart !== old.academicYearStart + 1 ||
            next.keyStoreId !== keyStoreIdOf(old)
          )
            refused('下一学年的设置不正确。');
          if (await db.workspaces.get(next.id)) refused('该采集年度已存在。');
          const ok = rolloverRefusal(
            old,
            latestLockRecord(await getAuditEvents(db, fromId)) !== null,
            await listSubmissions(db, fromId),
            await db.workspaces.toArray(),
          );
          if (!ok.ok) refused(ok.error.message);
          await db.workspaces.add(next);
          const to = next.id;
          const departments = await copyAll(db.departments, fromId, to);
          const catalogs = await copyAll(db.catalogs, fromId, to);
          await copyAll(db.rulesets, fromId, to);
          await copyAll(db.indicatorSets, fromId, to);
          await copyAll(db.standardSets, fromId, to);
          await saveTasksInTx(db, to, nextYearTasks(await getTasks(db, fromId)));
          const trust = await carryTrust(db, old, to, reissue);
          await copyAll(db.keys, fromId, to);
          await copyAll(db.sequences, fromId, to);

          const carried = carriedTables((await getLatestCatalog(db, fromId)) ?? { tables: [] });
          const office = old.station.role === 'office';
          const mine = (dept: string) => office || dept === old.station.departmentCode;
          const [lo, hi] = workspaceRange(fromId);
          const slices = (await db.slices.where(':id').between(lo, hi).toArray()).filter(
            (s) => carried.has(s.tableCode) && mine(s.departmentCode) && s.rowCount > 0,
          );
          let rows = 0;
          for (const s of slices) {
            const [bLo, bHi] = sliceBlocksRange(s);
            const blocks = await db.blocks.where(':id').between(bLo, bHi).toArray();
            await db.blocks.bulkAdd(blocks.map((b) => ({ ...b, workspaceId: to, rows: carryRows(b.rows) })));
            await db.slices.add({
              ...s,
              workspaceId: to,
              stamp: newUuid(),
              updatedAt: tx.at,
              updatedBy: ctx.actor,
              // Every carried row is 待核实 until the department confirms it (carryRows).
              confirmations: { ...EMPTY_TALLY, unconfirmed: s.rowCount },
            });
            rows += s.rowCount;
          }
          await tx.audit('year.rollover', {
            from: fromId,
            fromName: old.name,
            name: next.name,
            departments,
            catalogVersions: catalogs,
            carriedSlices: slices.length,
            carriedRows: rows,
            ...trust,
          });
        },
        { requireWorkspace: false },
      );
    },
  };
}

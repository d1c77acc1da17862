/**
 * Writes of the core-data analysis, run by the one data writer (data-writer.ts registers them): a new
 * version of the indicators or the standards (validated whole; latest + 1 or refused as a conflict),
 * a new rectification item, one step of an item, and the items received in a bundle (merged by the
 * pure rules of src/shared/rectification). Each appends its audit event in the same transaction.
 */
import type { AuditKind, AuditSummary } from '../../shared/audit/audit-chain';
import { canonicalJson, type JsonValue } from '../../shared/canonical-json';
import { validateIndicatorSet } from '../../shared/indicators/indicator-edit';
import {
  builtInIndicatorSet,
  indicatorSetRecordSchema,
  type IndicatorSet,
} from '../../shared/indicators/indicator-set';
import {
  applyRectificationStep,
  mergeReceivedItem,
  type RectificationStep,
} from '../../shared/rectification/rectification-machine';
import {
  rectificationItemSchema,
  type ActorRole,
  type RectificationItem,
} from '../../shared/rectification/rectification-types';
import { schemaFromTables } from '../../shared/rules/rule-data-source';
import type { Ruleset } from '../../shared/rules/ruleset';
import { builtInStandards } from '../../shared/standards/builtin-standards';
import { validateStandardSet } from '../../shared/standards/standard-validate';
import type { StandardSet } from '../../shared/standards/standard-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { getLatestIndicatorSet, getLatestStandardSet } from './analysis-reads';
import type { WriteContext, WriteResult } from './data-writer';
import { getLatestCatalog } from './reads';
import { getLatestRuleset } from './review-reads';
import type { StatusDb } from './schema';
import { WriteRejected } from './write-errors';

export interface AnalysisTx {
  readonly at: string;
  audit(kind: AuditKind, summary: AuditSummary): Promise<void>;
}
export type AnalysisRunner = (
  workspaceId: string,
  ctx: WriteContext,
  body: (tx: AnalysisTx) => Promise<void>,
) => Promise<WriteResult>;

function refused(message: string): never {
  throw new WriteRejected('analysis-refused', message);
}

async function workspaceOf(db: StatusDb, workspaceId: string): Promise<Workspace> {
  return (await db.workspaces.get(workspaceId)) as Workspace;
}

export function analysisWriterOps(db: StatusDb, run: AnalysisRunner) {
  async function current(workspaceId: string, id: string): Promise<RectificationItem> {
    const rec = await db.rectifications.get([workspaceId, id]);
    if (!rec) refused('找不到该整改事项，可能已被删除。');
    const { workspaceId: _w, ...item } = rec;
    return item;
  }

  return {
    /** The next indicator version (latest + 1); every indicator must compile against the catalog. */
    saveIndicatorSet(workspaceId: string, set: IndicatorSet, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const catalog = await getLatestCatalog(db, workspaceId);
        const valid = validateIndicatorSet(
          Array.isArray(set.indicators) ? set.indicators : [],
          schemaFromTables(catalog?.tables ?? []),
        );
        if (!valid.ok) refused(valid.error.message);
        const parsed = indicatorSetRecordSchema.safeParse(set);
        if (!parsed.success) refused('指标版本格式不正确。');
        const ws = await workspaceOf(db, workspaceId);
        const latest = await getLatestIndicatorSet(db, ws);
        if (parsed.data.version !== latest.version + 1)
          refused(`指标已被他人修改（当前为版本 ${latest.version}），请刷新后重新编辑。`);
        if (latest.version === 1 && !(await db.indicatorSets.get([workspaceId, 1])))
          await db.indicatorSets.add({ workspaceId, ...builtInIndicatorSet(ws.createdAt) });
        await db.indicatorSets.add({ workspaceId, ...parsed.data, updatedAt: tx.at });
        await tx.audit('indicators.save', {
          version: parsed.data.version,
          indicators: parsed.data.indicators.length,
        });
      });
    },

    /** The next standards version (latest + 1), validated whole against the workspace's indicators. */
    saveStandardSet(workspaceId: string, set: StandardSet, ctx: WriteContext): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const ws = await workspaceOf(db, workspaceId);
        const indicators = await getLatestIndicatorSet(db, ws);
        const valid = validateStandardSet(set, indicators.indicators);
        if (!valid.ok) refused(valid.error.message);
        const latest = await getLatestStandardSet(db, ws);
        if (valid.value.version !== latest.version + 1)
          refused(`对标值已被他人修改（当前为版本 ${latest.version}），请刷新后重新编辑。`);
        if (latest.version === 1 && !(await db.standardSets.get([workspaceId, 1])))
          await db.standardSets.add({ workspaceId, ...builtInStandards(ws.createdAt) });
        await db.standardSets.add({ workspaceId, ...valid.value, updatedAt: tx.at });
        await tx.audit('standards.save', {
          version: valid.value.version,
          category: valid.value.category,
          values: valid.value.values.length,
          targets: valid.value.targets.length,
        });
      });
    },

    /** A new rectification item (the office). */
    createRectification(
      workspaceId: string,
      item: RectificationItem,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const parsed = rectificationItemSchema.safeParse(item);
        if (!parsed.success) refused('整改事项格式不正确。');
        if (await db.rectifications.get([workspaceId, item.id])) refused('该整改事项已存在。');
        await db.rectifications.add({ workspaceId, ...parsed.data });
        await tx.audit('rectification.create', {
          id: item.id,
          department: item.departmentCode,
          origin: item.origin.kind,
          blocking: item.blocking,
        });
      });
    },

    /** One step of an item (start, fix, explain by the department; accept, reopen by the office). */
    stepRectification(
      workspaceId: string,
      id: string,
      step: RectificationStep,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const before = await current(workspaceId, id);
        const r = applyRectificationStep(before, { ...step, at: tx.at });
        if (!r.ok) refused(r.error.message);
        await db.rectifications.put({ workspaceId, ...r.value });
        await tx.audit('rectification.step', {
          id,
          action: step.action,
          from: before.state,
          to: r.value.state,
        });
      });
    },

    /**
     * Items received in a bundle from `sender`, merged one by one; an item that does not merge refuses
     * the whole set (nothing is half-applied).
     */
    mergeRectifications(
      workspaceId: string,
      received: readonly RectificationItem[],
      sender: ActorRole,
      ctx: WriteContext,
    ): Promise<WriteResult> {
      return run(workspaceId, ctx, async (tx) => {
        const changed = await mergeRectificationsInTx(db, workspaceId, received, sender);
        await tx.audit('rectification.merge', { received: received.length, changed, sender });
      });
    },
  };
}

/**
 * Inside a bundle import: merges the 整改 items a bundle carries from `sender` (the office's items in a
 * feedback bundle, a department's answers in a data bundle). An item that does not merge refuses the
 * whole import (nothing is half-applied). Returns how many items changed.
 */
export async function mergeRectificationsInTx(
  db: StatusDb,
  workspaceId: string,
  received: readonly RectificationItem[],
  sender: ActorRole,
): Promise<number> {
  let changed = 0;
  for (const item of received) {
    const rec = await db.rectifications.get([workspaceId, item.id]);
    const local = rec === undefined ? undefined : (({ workspaceId: _w, ...rest }) => rest)(rec);
    const merged = mergeReceivedItem(local, item, sender);
    if (!merged.ok) refused(merged.error.message);
    if (merged.value === local) continue;
    await db.rectifications.put({ workspaceId, ...merged.value });
    changed++;
  }
  return changed;
}

/** Content without version and stamps, to tell whether the office's copy differs from ours. */
function contentOf(v: Record<string, unknown>): string {
  const { version: _v, updatedAt: _a, updatedBy: _b, ...rest } = v;
  return canonicalJson(rest as JsonValue);
}

/**
 * Inside a setup import: stores the office's rules, indicators and standards as this station's next
 * versions where they differ from what it runs (the shipped version 1 is stored first, so every version
 * the station ever ran stays on record). Returns what changed, for the audit summary.
 */
export async function saveOfficeAnalysisInTx(
  db: StatusDb,
  workspaceId: string,
  carried: { rules?: Ruleset; indicators?: IndicatorSet; standards?: StandardSet },
): Promise<string[]> {
  const ws = await workspaceOf(db, workspaceId);
  const changed: string[] = [];
  if (carried.rules) {
    const latest = await getLatestRuleset(db, ws);
    if (contentOf(latest) !== contentOf(carried.rules)) {
      if (!(await db.rulesets.get([workspaceId, latest.version])))
        await db.rulesets.add({ workspaceId, ...latest });
      await db.rulesets.add({ workspaceId, ...carried.rules, version: latest.version + 1 });
      changed.push('rules');
    }
  }
  if (carried.indicators) {
    const latest = await getLatestIndicatorSet(db, ws);
    if (contentOf(latest) !== contentOf(carried.indicators)) {
      if (!(await db.indicatorSets.get([workspaceId, latest.version])))
        await db.indicatorSets.add({ workspaceId, ...latest });
      await db.indicatorSets.add({ workspaceId, ...carried.indicators, version: latest.version + 1 });
      changed.push('indicators');
    }
  }
  if (carried.standards) {
    const latest = await getLatestStandardSet(db, ws);
    if (contentOf(latest) !== contentOf(carried.standards)) {
      if (!(await db.standardSets.get([workspaceId, latest.version])))
        await db.standardSets.add({ workspaceId, ...latest });
      await db.standardSets.add({ workspaceId, ...carried.standards, version: latest.version + 1 });
      changed.push('standards');
    }
  }
  return changed;
}

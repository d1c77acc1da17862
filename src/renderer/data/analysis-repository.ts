/**
 * The core-data analysis part of the Repository: indicators, standards and rectification items. Reads
 * go straight to Dexie; writes through the data writer (one audited transaction each).
 */
import type { IndicatorSet } from '../../shared/indicators/indicator-set';
import type { RectificationStep } from '../../shared/rectification/rectification-machine';
import type { ActorRole, RectificationItem } from '../../shared/rectification/rectification-types';
import type { StandardSet } from '../../shared/standards/standard-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { getLatestIndicatorSet, getLatestStandardSet, listRectifications } from '../db/analysis-reads';
import type { StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';
import { outcome, writeContext as ctx, type Actor, type WriteOutcome } from './write-outcome';

export interface AnalysisRepository {
  loadIndicatorSet(workspace: Pick<Workspace, 'id' | 'createdAt'>): Promise<IndicatorSet>;
  saveIndicatorSet(workspaceId: string, set: IndicatorSet, actor: Actor): Promise<WriteOutcome>;
  loadStandardSet(workspace: Pick<Workspace, 'id' | 'createdAt'>): Promise<StandardSet>;
  saveStandardSet(workspaceId: string, set: StandardSet, actor: Actor): Promise<WriteOutcome>;
  listRectifications(workspaceId: string): Promise<RectificationItem[]>;
  createRectification(workspaceId: string, item: RectificationItem, actor: Actor): Promise<WriteOutcome>;
  stepRectification(
    workspaceId: string,
    id: string,
    step: RectificationStep,
    actor: Actor,
  ): Promise<WriteOutcome>;
  mergeRectifications(
    workspaceId: string,
    items: readonly RectificationItem[],
    sender: ActorRole,
    actor: Actor,
  ): Promise<WriteOutcome>;
}

export function createDexieAnalysisRepository(db: StatusDb, writer: WriterApi): AnalysisRepository {
  return {
    loadIndicatorSet: (ws) => getLatestIndicatorSet(db, ws),
    saveIndicatorSet: async (id, set, actor) => outcome(await writer.saveIndicatorSet(id, set, ctx(actor))),
    loadStandardSet: (ws) => getLatestStandardSet(db, ws),
    saveStandardSet: async (id, set, actor) => outcome(await writer.saveStandardSet(id, set, ctx(actor))),
    listRectifications: (id) => listRectifications(db, id),
    createRectification: async (id, item, actor) =>
      outcome(await writer.createRectification(id, item, ctx(actor))),
    stepRectification: async (id, itemId, step, actor) =>
      outcome(await writer.stepRectification(id, itemId, step, ctx(actor))),
    mergeRectifications: async (id, items, sender, actor) =>
      outcome(await writer.mergeRectifications(id, items, sender, ctx(actor))),
  };
}

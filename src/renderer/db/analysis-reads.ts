/**
 * Reads of the core-data analysis stores (indicators, standards, rectification); writes are in
 * analysis-writes.ts. A year whose office never edited its indicators or standards uses the shipped
 * version 1 of each.
 */
import Dexie from 'dexie';
import { builtInIndicatorSet, type IndicatorSet } from '../../shared/indicators/indicator-set';
import type { RectificationItem } from '../../shared/rectification/rectification-types';
import { builtInStandards } from '../../shared/standards/builtin-standards';
import type { StandardSet } from '../../shared/standards/standard-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import type { StatusDb } from './schema';

function strip<T extends { workspaceId: string }>(r: T): Omit<T, 'workspaceId'> {
  const { workspaceId: _w, ...rest } = r;
  return rest;
}

const range = (workspaceId: string) =>
  [
    [workspaceId, Dexie.minKey],
    [workspaceId, Dexie.maxKey],
  ] as const;

export async function getLatestIndicatorSet(
  db: StatusDb,
  workspace: Pick<Workspace, 'id' | 'createdAt'>,
): Promise<IndicatorSet> {
  const [lo, hi] = range(workspace.id);
  const last = await db.indicatorSets.where(':id').between(lo, hi).last();
  return last ? strip(last) : builtInIndicatorSet(workspace.createdAt);
}

export async function getLatestStandardSet(
  db: StatusDb,
  workspace: Pick<Workspace, 'id' | 'createdAt'>,
): Promise<StandardSet> {
  const [lo, hi] = range(workspace.id);
  const last = await db.standardSets.where(':id').between(lo, hi).last();
  return last ? strip(last) : builtInStandards(workspace.createdAt);
}

export async function listRectifications(db: StatusDb, workspaceId: string): Promise<RectificationItem[]> {
  const [lo, hi] = range(workspaceId);
  const all = await db.rectifications.where(':id').between(lo, hi).toArray();
  return all.map(strip);
}

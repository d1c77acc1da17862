/**
 * What other features ask of rectification: the year-close lock refuses while a blocking item is open
 * and lists these items (docs/indicators.md).
 */
import { rectificationLockBlockers } from '../../shared/rectification/lock-blockers';
import type { RectificationItem } from '../../shared/rectification/rectification-types';
import type { Workspace } from '../../shared/workspace/workspace-types';
import { repository } from './repository-instance';

/** The workspace's blocking rectification items the office has not accepted yet, by due date. */
export async function openBlockingRectifications(ws: Pick<Workspace, 'id'>): Promise<RectificationItem[]> {
  return rectificationLockBlockers(await repository().listRectifications(ws.id));
}

/**
 * 申请更新 in the Repository: a department asks, the office answers, both through the data writer
 * (update-request-writes.ts); every station lists the requests it holds.
 */
import type { SliceKey } from '../../shared/records/record-types';
import type { UpdateRequest } from '../../shared/review/update-request';
import type { UserRole } from '../../shared/workspace/workspace-types';
import type { StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';
import { listUpdateRequests } from '../db/update-request-writes';
import { outcome, writeContext as ctx, type WriteOutcome } from './write-outcome';

type User = { readonly name: string; readonly role: UserRole };

export interface UpdateRequestRepository {
  requestUpdate(slice: SliceKey, id: string, reason: string, user: User): Promise<WriteOutcome>;
  answerUpdateRequest(
    workspaceId: string,
    id: string,
    grant: boolean,
    reason: string,
    user: User,
  ): Promise<WriteOutcome>;
  /** Every request this station holds, oldest first. */
  listUpdateRequests(workspaceId: string): Promise<UpdateRequest[]>;
}

export function createDexieUpdateRequestRepository(db: StatusDb, writer: WriterApi): UpdateRequestRepository {
  return {
    requestUpdate: async (slice, id, reason, user) =>
      outcome(await writer.requestUpdate(slice, id, reason, user, ctx(user))),
    answerUpdateRequest: async (workspaceId, id, grant, reason, user) =>
      outcome(await writer.answerUpdateRequest(workspaceId, id, grant, reason, user, ctx(user))),
    listUpdateRequests: (workspaceId) => listUpdateRequests(db, workspaceId),
  };
}

/**
 * The storage worker's protocol (workers/rpc-protocol.ts): the worker hosts the one data writer; each writer
 * operation is an op whose request is its argument list. Ops are a fixed list checked on both ends
 * (never a lookup of an arbitrary property name), and arguments/results are plain structured-cloneable
 * data. The same functions serve a real Worker, a MessagePort, or a Node MessageChannel in tests.
 */
import type { RpcPort } from '../workers/rpc-protocol';
import { serveRpcDispatch } from '../workers/rpc-server';
import type { DataWriter } from './data-writer';

export const WRITER_OPS = [
  'createWorkspace',
  'updateWorkspace',
  'deleteWorkspace',
  'saveDepartments',
  'saveCatalog',
  'saveTasks',
  'commitSlice',
  'applyRowEdits',
  // review-writes.ts
  'saveRuleset',
  'reviewAction',
  'setJustification',
  'lockYear',
  'reopenYear',
  'applyFeedback',
  // bundle-writes.ts
  'saveOwnKey',
  'saveTrust',
  'applySetup',
  'mergeBundle',
  'recordBundle',
  // correction-writes.ts
  'correctSlice',
  // update-request-writes.ts
  'requestUpdate',
  'answerUpdateRequest',
  // backup-restore.ts
  'restoreWorkspace',
  // import-writes.ts
  'importSlice',
  // report-writes.ts
  'createReport',
  'saveReportChapter',
  'updateReport',
  'setReportStatus',
  // analysis-writes.ts
  'saveIndicatorSet',
  'saveStandardSet',
  'createRectification',
  'stepRectification',
  'mergeRectifications',
  // report-workflow-writes.ts
  'changeReportWorkflow',
  'assignReportChapter',
  'saveChapterDraft',
  'saveLibraryCase',
  // year-close-writes.ts
  'savePreApprovalSnapshot',
  // rollover-writes.ts
  'rolloverYear',
  // carried-writes.ts
  'confirmCarriedRows',
  // annex-writes.ts
  'saveAnnexEntry',
  'reviewAnnexEntry',
  'editAnnexDefs',
  'saveEnterprise',
  'assignEnterpriseReports',
  'routeEnterpriseReport',
  // Not a write: builds a slice's row locator ahead of its first edit (slice-writes.ts).
  'warmSlice',
] as const;
export type WriterOp = (typeof WRITER_OPS)[number];

// Compile-time check that WRITER_OPS lists exactly the writer's operations.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const WRITER_OPS_COMPLETE: Exact<WriterOp, keyof DataWriter> = true;

export type StorageProtocol = {
  readonly [K in WriterOp]: {
    readonly req: Parameters<DataWriter[K]>;
    readonly res: Awaited<ReturnType<DataWriter[K]>>;
  };
};

/** Worker side: answers requests with the writer's results; writes run one after another. */
export function serveDataWriter(port: RpcPort, writer: Promise<DataWriter> | DataWriter): void {
  serveRpcDispatch(port, WRITER_OPS, async (op, args) => {
    const w = await writer;
    const fn = w[op as WriterOp] as (...a: unknown[]) => Promise<unknown>;
    return fn(...(args as unknown[]));
  });
}

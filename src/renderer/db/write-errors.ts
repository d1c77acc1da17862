/**
 * Expected refusals of the data writer. Thrown *inside* a transaction to abort it (so nothing is
 * written), and turned into a Result value with a Chinese message at the writer's edge.
 */
export type WriteErrorCode =
  | 'workspace-exists'
  | 'workspace-not-found'
  | 'catalog-version-conflict'
  | 'row-not-found'
  | 'duplicate-row-id'
  | 'storage-full';

export class WriteRejected extends Error {
  constructor(
    readonly code: WriteErrorCode,
    message: string,
  ) {
    super(message);
  }
}

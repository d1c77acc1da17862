/**
 * Storage worker: hosts the one data writer off the UI thread. The database name arrives as the
 * worker's name (see startStorageWorker), so tests and the bench can use their own database.
 */
import { createDataWriter } from './data-writer';
import { DEFAULT_DB_NAME, openStatusDb } from './schema';
import type { RpcPort } from '../workers/rpc-protocol';
import { serveDataWriter } from './storage-rpc';

const scope = globalThis as RpcPort & { name?: string };
serveDataWriter(
  scope,
  openStatusDb(scope.name || DEFAULT_DB_NAME).then((db) => createDataWriter(db)),
);

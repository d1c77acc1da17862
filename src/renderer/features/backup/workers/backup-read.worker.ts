/**
 * The disposable backup-reading Worker (docs/ARCHITECTURE.md §5): it owns a picked or stored archive's
 * bytes while readBackupArchive unzips and checks them, and answers with the validated content or the
 * Chinese refusal. It never touches the database; the page ends it after the answer.
 */
import { readBackupArchive } from '../../../../shared/backup/backup-archive-reader';
import type { RpcPort } from '../../../workers/rpc-protocol';
import { serveRpc } from '../../../workers/rpc-server';
import type { BackupReadProtocol } from '../archive-reader';

serveRpc<BackupReadProtocol>(globalThis as RpcPort, {
  read: (req) => readBackupArchive(req.bytes, req.options),
});

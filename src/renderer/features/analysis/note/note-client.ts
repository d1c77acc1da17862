/** Packs one analysis note in its own Worker (workers/rpc-client.ts) and resolves with the .docx bytes. */
import { err, ok, type Result } from '../../../../shared/result';
import { createRpcClient } from '../../../workers/rpc-client';
import { T } from '../texts';
import type { NoteProtocol, NoteRequest } from './note-protocol';

/** Far above packing a note (under a second); only a Worker that hangs reaches it. */
const NOTE_TIMEOUT_MS = 120_000;

export async function packNoteInWorker(request: NoteRequest): Promise<Result<Uint8Array>> {
  const client = createRpcClient<NoteProtocol>({
    name: 'analysis-note',
    makeWorker: () =>
      new Worker(new URL('./analysis-note.worker.ts', import.meta.url), {
        type: 'module',
        name: 'analysis-note',
      }),
    texts: { timeout: T.note.timeout, crashed: T.note.crashed, closed: T.note.closed },
    timeoutMs: NOTE_TIMEOUT_MS,
    lifetime: 'per-call',
  });
  const r = await client.call('pack', request);
  client.close();
  return r.ok ? ok(r.value) : err(r.error.code, r.error.message);
}

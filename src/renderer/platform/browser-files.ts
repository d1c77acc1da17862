/**
 * Files in the web build: a hidden <input type=file> to open, an <a download> over a Blob to save.
 * The browser never reveals paths, so a save reports the download's name. Playwright drives both
 * through its 'filechooser' and 'download' events.
 */
import { MAX_OPEN_BYTES } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/result';
import type { OpenFileRequest, OpenOutcome, SaveFileRequest, SaveOutcome } from './platform-types';

// Revoking the object URL right after click() can abort the download in some browsers.
const REVOKE_AFTER_MS = 60_000;

export function acceptAttribute(request: OpenFileRequest): string {
  const extensions = request.filters.flatMap((f) => f.extensions);
  return extensions.includes('*') ? '' : extensions.map((e) => `.${e.toLowerCase()}`).join(',');
}

export function saveViaDownload(doc: Document, request: SaveFileRequest): Promise<Result<SaveOutcome>> {
  const url = URL.createObjectURL(
    new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
  );
  const a = doc.createElement('a');
  a.href = url;
  a.download = request.suggestedName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return Promise.resolve(ok({ kind: 'saved' as const, location: request.suggestedName }));
}

export function openViaInput(doc: Document, request: OpenFileRequest): Promise<Result<OpenOutcome>> {
  const limit = Math.min(request.maxBytes ?? MAX_OPEN_BYTES, MAX_OPEN_BYTES);
  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = acceptAttribute(request);
  input.style.display = 'none';
  doc.body.append(input);
  return new Promise<Result<OpenOutcome>>((resolve) => {
    input.addEventListener('cancel', () => resolve(ok({ kind: 'cancelled' as const })), { once: true });
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        if (file === undefined) {
          resolve(ok({ kind: 'cancelled' as const }));
          return;
        }
        if (file.size > limit) {
          resolve(
            err('file-too-large', `文件“${file.name}”过大（上限 ${Math.floor(limit / 1048576)} MB）。`, {
              size: file.size,
              limit,
            }),
          );
          return;
        }
        file.arrayBuffer().then(
          (buffer) =>
            resolve(
              ok({ kind: 'opened' as const, file: { name: file.name, bytes: new Uint8Array(buffer) } }),
            ),
          (e: unknown) =>
            resolve(err('file-read-failed', `无法读取文件“${file.name}”。`, { reason: String(e) })),
        );
      },
      { once: true },
    );
    input.click();
  }).finally(() => input.remove());
}

/**
 * Files in the web build: a hidden <input type=file> to open, an <a download> over a Blob to save.
 * The browser never reveals paths, so a save reports the download's name. Playwright drives both
 * through its 'filechooser' and 'download' events.
 */
import { MAX_OPEN_BYTES, MAX_OPEN_FILES, MAX_OPEN_TOTAL_BYTES } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/result';
import type {
  OpenFileRequest,
  OpenManyOutcome,
  OpenOutcome,
  SaveFileRequest,
  SaveOutcome,
} from './platform-types';

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
  return pickViaInput(doc, request, false).then((r): Result<OpenOutcome> => {
    if (!r.ok) return r;
    return r.value.kind === 'opened'
      ? ok({ kind: 'opened', file: r.value.files[0]! })
      : ok({ kind: 'cancelled' });
  });
}

/** Several files at once (`multiple` input), in the order the browser lists them. */
export function openManyViaInput(doc: Document, request: OpenFileRequest): Promise<Result<OpenManyOutcome>> {
  return pickViaInput(doc, request, true);
}

function pickViaInput(
  doc: Document,
  request: OpenFileRequest,
  multiple: boolean,
): Promise<Result<OpenManyOutcome>> {
  const limit = Math.min(request.maxBytes ?? MAX_OPEN_BYTES, MAX_OPEN_BYTES);
  const input = doc.createElement('input');
  input.type = 'file';
  input.multiple = multiple;
  input.accept = acceptAttribute(request);
  input.style.display = 'none';
  doc.body.append(input);
  return new Promise<Result<OpenManyOutcome>>((resolve) => {
    input.addEventListener('cancel', () => resolve(ok({ kind: 'cancelled' as const })), { once: true });
    input.addEventListener('change', () => void readPicked([...(input.files ?? [])], limit).then(resolve), {
      once: true,
    });
    input.click();
  }).finally(() => input.remove());
}

/** The picked files' bytes; sizes are checked (each, and all together) before anything is read. */
async function readPicked(files: readonly File[], limit: number): Promise<Result<OpenManyOutcome>> {
  if (files.length === 0) return ok({ kind: 'cancelled' as const });
  if (files.length > MAX_OPEN_FILES)
    return err('too-many-files', `一次最多选择 ${MAX_OPEN_FILES} 个文件（选择了 ${files.length} 个）。`);
  const big = files.find((f) => f.size > limit);
  if (big !== undefined)
    return err('file-too-large', `文件“${big.name}”过大（上限 ${Math.floor(limit / 1048576)} MB）。`, {
      size: big.size,
      limit,
    });
  if (files.reduce((n, f) => n + f.size, 0) > MAX_OPEN_TOTAL_BYTES)
    return err(
      'file-too-large',
      `所选文件合计过大（上限 ${Math.floor(MAX_OPEN_TOTAL_BYTES / 1048576)} MB），请分批选择。`,
    );
  const opened = [];
  for (const file of files) {
    try {
      opened.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (e) {
      return err('file-read-failed', `无法读取文件“${file.name}”。`, { reason: String(e) });
    }
  }
  return ok({ kind: 'opened' as const, files: opened });
}

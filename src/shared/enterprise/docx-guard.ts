/**
 * Checks an enterprise's .docx before mammoth reads it: it must be a zip (a Word document is one), within
 * the spreadsheet import's zip-bomb limits — entry count, real inflated bytes counted while inflating, and
 * the inflation ratio (src/shared/sheets/zip-scan.ts, docs/SECURITY.md) — and hold word/document.xml.
 * Nothing is converted, let alone written, before this passes.
 */
import { err, ok, type Result } from '../result';
import { DEFAULT_SHEET_LIMITS } from '../sheets/sheet-limits';
import { scanZip, type ZipLimits } from '../sheets/zip-scan';

/** A 50-page report with 30 photos is a few MB; 100 MB is the spreadsheet reader's cap too. */
export const MAX_DOCX_BYTES = DEFAULT_SHEET_LIMITS.maxFileBytes;

export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxEntries: DEFAULT_SHEET_LIMITS.maxZipEntries,
  maxInflatedBytes: DEFAULT_SHEET_LIMITS.maxInflatedBytes,
};

export type DocxRefusal = 'docx-too-large' | 'docx-not-word' | 'docx-zip-bomb' | 'docx-encrypted';

const NOT_WORD = '该文件不是 Word 文档（.docx），请在 Word 或 WPS 中另存为 .docx 后再导入';

export async function checkDocx(
  bytes: Uint8Array,
  limits: ZipLimits = DOCX_ZIP_LIMITS,
  maxBytes = MAX_DOCX_BYTES,
): Promise<Result<void, DocxRefusal>> {
  if (bytes.length > maxBytes)
    return err(
      'docx-too-large',
      `文件过大（${Math.round(bytes.length / 1048576)} MB），上限 ${Math.round(maxBytes / 1048576)} MB`,
    );
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    return err('docx-not-word', NOT_WORD);
  let hasDocument = false;
  const scan = await scanZip(bytes, limits, {
    onHead: (name) => {
      if (name === 'word/document.xml') hasDocument = true;
    },
  });
  if (!scan.ok) {
    if (scan.reason === 'encrypted') return err('docx-encrypted', '文档已加密，请先取消密码保护再导入');
    if (scan.reason === 'damaged') return err('docx-not-word', '文件已损坏或不是 Word 文档（.docx）');
    return err('docx-zip-bomb', '文件解压后过大或压缩比异常，疑似压缩炸弹，已拒绝导入');
  }
  return hasDocument ? ok(undefined) : err('docx-not-word', NOT_WORD);
}

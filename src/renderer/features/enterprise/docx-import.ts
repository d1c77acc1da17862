/**
 * Imports an enterprise's own .docx into the open chapter: the file is checked first (a Word document,
 * within the zip-bomb limits: src/shared/enterprise/docx-guard.ts), then mammoth turns it into HTML with
 * its images embedded, and the report's paste cleaning removes what the schema does not hold. The editor
 * then parses it like a paste, so nothing outside the report schema reaches the chapter.
 */
import { checkDocx } from '../../../shared/enterprise/docx-guard';
import { err, ok, type Result } from '../../../shared/result';
import { cleanPastedHtml } from '../report/editor/paste-clean';

export interface ImportedDocx {
  readonly html: string;
  readonly images: number;
  readonly warnings: readonly string[];
}

export async function importDocx(bytes: Uint8Array): Promise<Result<ImportedDocx>> {
  const checked = await checkDocx(bytes);
  if (!checked.ok) return checked;
  const { mammoth } = await import('./mammoth-chunk');
  let converted: { value: string; messages: readonly { message: string }[] };
  try {
    const buffer = bytes.slice().buffer;
    converted = await mammoth.convertToHtml({ arrayBuffer: buffer }, { externalFileAccess: false });
  } catch {
    return err('docx-not-word', '无法读取该 Word 文档，文件可能已损坏');
  }
  const cleaned = cleanPastedHtml(converted.value);
  const images = (cleaned.html.match(/<img\b/g) ?? []).length;
  return ok({
    html: cleaned.html,
    images,
    warnings: converted.messages.map((m) => m.message).slice(0, 5),
  });
}

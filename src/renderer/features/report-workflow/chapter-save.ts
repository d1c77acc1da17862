/** Saving a signed chapter bundle from a page: the file first, then (once really saved) its record. */
import { err, ok, type Result } from '../../../shared/result';
import type { Acting, ExchangeDeps } from '../bundles/exchange-context';
import { saveBundleFile } from '../bundles/use-exchange';
import { recordChapterBundle, type ChapterOutgoing } from './chapter-exchange';

/** Returns where it was saved, or null when the person cancelled (then nothing is recorded). */
export async function saveChapterBundle(
  deps: ExchangeDeps,
  acting: Acting,
  out: ChapterOutgoing,
): Promise<Result<string | null>> {
  const saved = await saveBundleFile(out.fileName, out.bytes);
  if (!saved.ok) return err('save-failed', saved.message);
  if (saved.where === null) return ok(null);
  const rec = await recordChapterBundle(deps, acting, out);
  return rec.ok ? ok(saved.where) : rec;
}

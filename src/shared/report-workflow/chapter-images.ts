/**
 * Images travel inside a chapter bundle, size-limited (docs/SECURITY.md): each embedded picture (an
 * image node or a case's photo) must be what its type says and within the per-image limit, and the
 * chapter's pictures together within the total and count limits. A chapter over a limit is refused
 * whole with the reason, not trimmed.
 */
import { err, ok, type Result } from '../result';
import { checkImageDataUrl } from '../report/image-check';
import { walkPm, type PmNode } from '../report/pm-json';

export const CHAPTER_IMAGE_LIMITS = {
  maxImages: 24,
  maxImageBytes: 2 * 1024 * 1024,
  maxTotalBytes: 12 * 1024 * 1024,
} as const;

export type ImageLimits = { readonly [K in keyof typeof CHAPTER_IMAGE_LIMITS]: number };

function imageSources(doc: PmNode): string[] {
  const out: string[] = [];
  walkPm(doc, (n) => {
    const a = n.attrs ?? {};
    if (n.type === 'image' && typeof a.src === 'string') out.push(a.src);
    if (n.type === 'caseBlock' && Array.isArray(a.photos))
      for (const p of a.photos) if (typeof p === 'string') out.push(p);
  });
  return out;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function checkChapterImages(doc: PmNode, limits: ImageLimits = CHAPTER_IMAGE_LIMITS): Result<null> {
  const srcs = imageSources(doc);
  if (srcs.length > limits.maxImages)
    return err(
      'chapter-images',
      `章节包含 ${srcs.length} 张图片，超过 ${limits.maxImages} 张的上限，已拒绝。`,
    );
  let total = 0;
  for (const [i, src] of srcs.entries()) {
    const c = checkImageDataUrl(src, limits.maxImageBytes);
    if (!c.ok)
      return err(
        'chapter-images',
        c.why === 'too-big'
          ? `第 ${i + 1} 张图片超过单张 ${mb(limits.maxImageBytes)} 的上限，已拒绝。`
          : `第 ${i + 1} 张图片不是有效的内嵌 PNG/JPEG/GIF/WebP 图片，已拒绝。`,
      );
    total += c.bytes;
  }
  if (total > limits.maxTotalBytes)
    return err(
      'chapter-images',
      `章节图片合计 ${mb(total)}，超过 ${mb(limits.maxTotalBytes)} 的上限，已拒绝。`,
    );
  return ok(null);
}

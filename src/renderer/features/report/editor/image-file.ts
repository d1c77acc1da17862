/** Reads an image file into a data URL, refusing one over the size limit or not what its type says. */
import { checkImageDataUrl } from '../../../../shared/report/image-check';
import { MAX_IMAGE_BYTES } from './nodes/CaptionedImage';
import { T } from '../texts';

export async function readImageFile(
  file: Blob,
  maxBytes: number = MAX_IMAGE_BYTES,
): Promise<{ ok: true; src: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) return { ok: false, message: T.image.tooLarge(maxBytes / 1024 / 1024) };
  const src = await new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
  const c = checkImageDataUrl(src, maxBytes);
  return c.ok ? { ok: true, src } : { ok: false, message: T.image.badType };
}

/**
 * 图片 with a 图题 (caption). Only embedded images are accepted (PNG/JPEG/GIF/WebP as data URLs within
 * the size limit): a remote address in pasted HTML is not parsed at all, so the report never fetches
 * anything on a reader's behalf.
 */
import Image from '@tiptap/extension-image';
import { imageSrcSchema } from '../../../../../shared/report/live-attrs';

/** Largest embedded image kept from a paste or a file (base64 text length ≈ 4/3 of the bytes). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export function acceptableImageSrc(src: string | null): boolean {
  if (!src || src.length > (MAX_IMAGE_BYTES * 4) / 3 + 64) return false;
  return imageSrcSchema.safeParse(src).success;
}

export const CaptionedImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-caption') ?? '',
        renderHTML: (attrs) => ({ 'data-caption': String(attrs.caption ?? '') }),
      },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (el) => (acceptableImageSrc(el.getAttribute('src')) ? null : false),
      },
    ];
  },
}).configure({ inline: false, allowBase64: true });

/**
 * Pictures in the report's .docx: a data-URL image's bytes and drawn size (a PNG's own size from its
 * header, narrowed to the text width), and the drawn heights the page estimate needs.
 */
import { base64ToBytes } from '../../base64';
import type { PictureSizes } from './page-estimate';

/** Content width of A4 with 2.8 cm side margins, in pixels at 96 dpi (docx's image unit). */
export const CONTENT_PX = 580;

export interface DocxImages {
  /** PNG of each chart by chart id, drawn at print resolution by the caller. */
  readonly charts: ReadonlyMap<
    string,
    { readonly png: Uint8Array; readonly width: number; readonly height: number }
  >;
}

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || b[0] !== 0x89) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

export function dataUrlImage(
  src: string,
): { data: Uint8Array; type: 'png' | 'jpg' | 'gif'; width: number; height: number } | null {
  const m = DATA_URL.exec(src);
  const data = m ? base64ToBytes(m[2]!) : null;
  if (!m || !data) return null;
  const type = m[1] === 'png' ? 'png' : m[1] === 'gif' ? 'gif' : 'jpg';
  return { data, type, ...drawnSize(data) };
}

const DATA_URL = /^data:image\/(png|jpeg|gif);base64,(.*)$/s;

/** A picture's size on the page: a PNG's own (from its header), narrowed to the text width. */
function drawnSize(head: Uint8Array): { width: number; height: number } {
  const size = pngSize(head) ?? { width: 800, height: 600 };
  const scale = Math.min(1, CONTENT_PX / size.width);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/** Drawn heights in pixels, as the builder draws them, for the page estimate. */
export function pictureSizes(images: DocxImages): PictureSizes {
  return {
    // Only the header is decoded: a photo's bytes are decoded once, when it is drawn.
    image: (src: string) => {
      const head = base64ToBytes(DATA_URL.exec(src)?.[2]?.slice(0, 44) ?? '');
      return head === null || head.length === 0 ? null : drawnSize(head).height;
    },
    chart: (id: string) => {
      const png = images.charts.get(id);
      return png ? Math.round((CONTENT_PX * png.height) / png.width) : null;
    },
  };
}

/**
 * An embedded image must be what its type says: the data URL's declared type is checked against the
 * file's first bytes (PNG, JPEG, GIF, WebP signatures), so a script or an SVG renamed .png is refused.
 */
import { base64ToBytes } from '../base64';

export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp';

export function sniffImage(b: Uint8Array): ImageType | null {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

export type DataUrlCheck =
  | { readonly ok: true; readonly type: ImageType; readonly bytes: number }
  | { readonly ok: false; readonly why: 'not-data' | 'too-big' | 'mismatch' };

/** Checks a `data:image/…;base64,` URL: embedded, within `maxBytes`, and its bytes match its type. */
export function checkImageDataUrl(src: string, maxBytes: number): DataUrlCheck {
  const m = /^data:image\/(png|jpeg|jpg|gif|webp);base64,([A-Za-z0-9+/=\s]+)$/.exec(src);
  if (!m) return { ok: false, why: 'not-data' };
  const b64 = m[2]!.replace(/\s/g, '');
  const bytes = Math.floor((b64.length * 3) / 4);
  if (bytes > maxBytes) return { ok: false, why: 'too-big' };
  const head = base64ToBytes(b64.slice(0, 64));
  if (!head) return { ok: false, why: 'mismatch' };
  const declared = m[1] === 'jpg' ? 'jpeg' : (m[1] as ImageType);
  const actual = sniffImage(head);
  return actual === declared ? { ok: true, type: actual, bytes } : { ok: false, why: 'mismatch' };
}

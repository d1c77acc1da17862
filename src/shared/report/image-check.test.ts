import { describe, expect, it } from 'vitest';
import { checkImageDataUrl, sniffImage } from './image-check';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('checkImageDataUrl', () => {
  it('accepts a PNG that is a PNG', () => {
    expect(checkImageDataUrl(PNG, 1024)).toMatchObject({ ok: true, type: 'png' });
  });

  it('refuses a remote address, an oversized image and bytes that are not the declared type', () => {
    expect(checkImageDataUrl('https://x/a.png', 1024)).toEqual({ ok: false, why: 'not-data' });
    expect(checkImageDataUrl(PNG, 10)).toEqual({ ok: false, why: 'too-big' });
    expect(checkImageDataUrl(PNG.replace('image/png', 'image/jpeg'), 1024)).toEqual({
      ok: false,
      why: 'mismatch',
    });
    expect(checkImageDataUrl(`data:image/png;base64,${btoa('<svg/>')}`, 1024)).toEqual({
      ok: false,
      why: 'mismatch',
    });
  });

  it('recognises JPEG, GIF and WebP signatures', () => {
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(sniffImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImage(new TextEncoder().encode('<html>'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('strict base64', () => {
  it('round-trips any bytes and matches the platform encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses whitespace, missing padding, foreign characters and non-zero hidden bits', () => {
    for (const bad of [
      'QQ',
      'QQ=',
      'QR==',
      'QUI=x',
      ' QUI=',
      'QU I=',
      'QU-_',
      'QUJD\n',
      '====',
      'Q===',
      'QUJ=D===',
      'äää=',
    ]) {
      expect(base64ToBytes(bad), bad).toBeNull();
    }
    expect(base64ToBytes('')).toEqual(new Uint8Array(0));
    expect(base64ToBytes('QUI=')).toEqual(new Uint8Array([65, 66]));
  });
});

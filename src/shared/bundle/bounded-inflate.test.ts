import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { deflateSync } from 'fflate';
import { inflateBounded } from './bounded-inflate';

describe('inflateBounded', () => {
  it('inflates node:zlib and fflate output', () => {
    const text = new TextEncoder().encode('状态数据'.repeat(5000));
    for (const data of [deflateRawSync(text, { level: 1 }), deflateSync(text, { level: 9 })]) {
      const r = inflateBounded(data, text.length);
      expect(r.ok && r.bytes).toEqual(text);
    }
    const empty = inflateBounded(deflateSync(new Uint8Array(0)), 10);
    expect(empty.ok && empty.bytes.length).toBe(0);
  });

  it('Z1: stops a high-ratio stream at the cap without inflating it all', () => {
    const zeros = new Uint8Array(16 * 1024 * 1024); // 16 MiB → ≈16 KB of deflate
    const bomb = deflateSync(zeros, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    expect(inflateBounded(bomb, 1024 * 1024)).toEqual({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(inflateBounded(bomb, zeros.length - 1)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('Z5: reports truncated or garbage input as corrupt, never throws', () => {
    const data = deflateSync(new TextEncoder().encode('x'.repeat(10000) + Math.random()));
    expect(inflateBounded(data.subarray(0, data.length - 3), 1e6)).toEqual({ ok: false, reason: 'corrupt' });
    expect(inflateBounded(new Uint8Array(0), 1e6)).toEqual({ ok: false, reason: 'corrupt' });
    expect(inflateBounded(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1e6).ok).toBe(false);
  });
});

describe('inflateBounded: one encoding per entry', () => {
  const text = new TextEncoder().encode('状态数据工作台'.repeat(3000));
  const streams = [
    deflateRawSync(text, { level: 1 }),
    deflateSync(text, { level: 9 }),
    deflateRawSync(text, { level: 0 }), // stored blocks end on a byte boundary
    deflateSync(new Uint8Array(0)),
    deflateRawSync(new Uint8Array(300_000)), // crosses several input slices
  ];

  it('accepts a stream that ends exactly at the last byte', () => {
    for (const s of streams) expect(inflateBounded(s, 1e7).ok).toBe(true);
  });

  it('refuses bytes hidden after the end of the compressed stream, however many', () => {
    for (const s of streams) {
      for (const extra of [[0], [1, 2, 3], Array.from({ length: 5000 }, (_, i) => i & 0xff)]) {
        const hidden = new Uint8Array([...s, ...extra]);
        expect(inflateBounded(hidden, 1e7)).toEqual({ ok: false, reason: 'trailing-bytes' });
      }
    }
  });
});

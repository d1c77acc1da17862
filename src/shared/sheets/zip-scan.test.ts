import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { scanZip } from './zip-scan';

const LIMITS = { maxEntries: 10, maxInflatedBytes: 1024 * 1024 };

describe('scanZip (zip bombs)', () => {
  it('accepts a small archive and reports the real inflated size', async () => {
    const r = await scanZip(zipSync({ 'a.xml': new Uint8Array(1000), 'b.xml': new Uint8Array(5) }), LIMITS);
    expect(r).toEqual({ ok: true, entries: 2, inflatedBytes: 1005 });
  });

  it('refuses an entry that inflates past the limit, counting real bytes quickly', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const t0 = performance.now();
    expect(await scanZip(bomb, LIMITS)).toEqual({ ok: false, reason: 'inflated-too-large' });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('refuses an entry whose header understates its size (the count is of real output, not claims)', async () => {
    const bytes = zipSync({ 'a.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    // Forge the sizes in the local and central headers to claim 10 bytes.
    const view = new DataView(bytes.buffer);
    for (let o = 0; o < bytes.length - 4; o++) {
      const sig = view.getUint32(o, true);
      if (sig === 0x04034b50) view.setUint32(o + 22, 10, true);
      if (sig === 0x02014b50) view.setUint32(o + 24, 10, true);
    }
    expect(await scanZip(bytes, LIMITS)).toMatchObject({ ok: false });
  });

  it('counts a stored (uncompressed) entry by its real bytes', async () => {
    expect(await scanZip(zipSync({ 'a.xml': new Uint8Array(3000) }, { level: 0 }), LIMITS)).toEqual({
      ok: true,
      entries: 1,
      inflatedBytes: 3000,
    });
  });

  it('counts an entry as often as the central directory lists it (overlapping-entry bombs)', async () => {
    const one = zipSync({ 'a.xml': new Uint8Array(400 * 1024) });
    const view = new DataView(one.buffer);
    const eocd = one.length - 22;
    const dirOffset = view.getUint32(eocd + 16, true);
    const record = one.slice(dirOffset, eocd);
    // Three directory records pointing at the same local entry.
    const forged = new Uint8Array(dirOffset + record.length * 3 + 22);
    forged.set(one.subarray(0, dirOffset));
    for (let i = 0; i < 3; i++) forged.set(record, dirOffset + i * record.length);
    const end = one.slice(eocd);
    new DataView(end.buffer).setUint16(8, 3, true);
    new DataView(end.buffer).setUint16(10, 3, true);
    new DataView(end.buffer).setUint32(12, record.length * 3, true);
    forged.set(end, dirOffset + record.length * 3);
    expect(await scanZip(forged, LIMITS)).toEqual({ ok: false, reason: 'inflated-too-large' });
    expect(await scanZip(forged, { ...LIMITS, maxInflatedBytes: 2 * 1024 * 1024, maxRatio: 1e6 })).toEqual({
      ok: true,
      entries: 3,
      inflatedBytes: 3 * 400 * 1024,
    });
  });

  it('refuses an entry whose data lies outside the file', async () => {
    const bytes = zipSync({ 'a.xml': new Uint8Array(1000) });
    const view = new DataView(bytes.buffer);
    const dirOffset = view.getUint32(bytes.length - 22 + 16, true);
    view.setUint32(dirOffset + 20, 1_000_000, true);
    expect(await scanZip(bytes, LIMITS)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses too many entries, and bytes that are not a zip', async () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 11; i++) many[`f${i}`] = new Uint8Array(1);
    expect(await scanZip(zipSync(many), LIMITS)).toEqual({ ok: false, reason: 'too-many-entries' });
    expect(await scanZip(new Uint8Array([1, 2, 3]), LIMITS)).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('declared worksheet size', () => {
  it('reads rows × columns from the <dimension> element', async () => {
    const { declaredCells } = await import('./sheet-dimension');
    expect(declaredCells('<worksheet><dimension ref="A1:XFD1048576"/>')).toEqual({
      rows: 1048576,
      cols: 16384,
    });
    expect(declaredCells('<x:dimension ref="B2"/>')).toEqual({ rows: 1, cols: 1 });
    expect(declaredCells('<worksheet>')).toBeNull();
  });

  it('hands the first bytes of every entry to onHead', async () => {
    const heads: string[] = [];
    await scanZip(zipSync({ 'a.xml': new TextEncoder().encode('<dimension ref="A1:C3"/>') }), LIMITS, {
      onHead: (name, head) => heads.push(`${name}:${new TextDecoder().decode(head)}`),
    });
    expect(heads).toEqual(['a.xml:<dimension ref="A1:C3"/>']);
  });
});

describe('compression ratio', () => {
  it('refuses a bomb by its ratio within a second, long before the byte limit', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    const t0 = performance.now();
    expect(await scanZip(bomb, { maxEntries: 10, maxInflatedBytes: 600 * 1024 * 1024 })).toEqual({
      ok: false,
      reason: 'ratio-too-high',
    });
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

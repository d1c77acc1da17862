import { describe, expect, it } from 'vitest';
import { EMPTY_SEQUENCE_STATE, decideSequence, type SequenceState } from './sequence-policy';

const h = (n: number) => n.toString(16).padStart(64, '0');
const state = (last: number): SequenceState => ({
  lastSeq: last,
  hashes: new Map(Array.from({ length: last }, (_, i) => [i + 1, h(i + 1)])),
});
const incoming = (seq: number, hash = h(seq), prev: string | null = h(seq - 1)) => ({
  seq,
  bundleHash: hash,
  prevBundleHash: prev,
});

describe('decideSequence', () => {
  it('accepts the next number and records it', () => {
    const r = decideSequence(state(5), incoming(6));
    expect(r.ok && r.value.kind === 'accept' && r.value.next?.lastSeq).toBe(6);
    expect(r.ok && r.value.kind === 'accept' && r.value.warnings).toEqual([]);
    expect(decideSequence(EMPTY_SEQUENCE_STATE, incoming(1, h(1), null)).ok).toBe(true);
  });

  it('B5: the same bundle again is a no-op; an older one is refused as a replay', () => {
    expect(decideSequence(state(5), incoming(5))).toEqual({ ok: true, value: { kind: 'already-imported' } });
    expect(decideSequence(state(5), incoming(3))).toEqual({ ok: true, value: { kind: 'already-imported' } });
    const gapState: SequenceState = {
      lastSeq: 7,
      hashes: new Map([
        [5, h(5)],
        [7, h(7)],
      ]),
    };
    const r = decideSequence(gapState, incoming(6));
    expect(r.ok || r.error).toMatchObject({
      code: 'replay',
      message: expect.stringContaining('第 6 号数据包早于已导入的第 7 号'),
    });
  });

  it('B6: the same number with another hash is a hard error, also when the chain reveals the fork', () => {
    const r = decideSequence(state(6), incoming(6, h(999)));
    expect(r.ok || r.error).toMatchObject({
      code: 'conflicting-bundle',
      message: expect.stringContaining('同一序号出现两个不同的数据包'),
    });
    const fork = decideSequence(state(6), incoming(7, h(7), h(998)));
    expect(fork.ok || fork.error.code).toBe('conflicting-bundle');
    expect(decideSequence(state(6), incoming(7, h(7), null)).ok).toBe(true);
  });

  it('B7: a gap is accepted with a warning naming the missing bundle', () => {
    const r = decideSequence(state(5), incoming(7));
    expect(r.ok && r.value.kind === 'accept' && r.value.warnings[0]?.message).toMatch(/^缺少第 6 号数据包/);
    const wide = decideSequence(state(5), incoming(10));
    expect(wide.ok && wide.value.kind === 'accept' && wide.value.warnings[0]?.message).toMatch(
      /缺少第 6–9 号（共 4 个）数据包/,
    );
  });

  it('B10: a jump past the cap is refused unless confirmed', () => {
    const r = decideSequence(state(5), incoming(5 + 1_000_000));
    expect(r.ok || r.error).toMatchObject({
      code: 'seq-jump',
      message: expect.stringContaining('需由督导室确认'),
    });
    expect(decideSequence(state(5), incoming(1005)).ok).toBe(true);
    expect(decideSequence(state(5), incoming(1006)).ok).toBe(false);
    expect(decideSequence(state(5), incoming(1e12), { confirmed: true }).ok).toBe(true);
  });
});

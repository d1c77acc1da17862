/**
 * Fuzz (fixed seed, test/setup/fast-check-seed.ts): random orders of forwards across key rotations, and
 * random feedback decisions from random signers. Whatever the office accepts, an accepted forward never
 * rolls a contributor back (older number on a key, or an older key once a newer one is held) and carries
 * only tables routed to that summary department; an accepted feedback decision is always one the
 * signing station may take, at its level, in its own name (docs/bundle-rules.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorizeFeedback } from '../review/feedback-authority';
import type { HistoryEntry } from '../review/review-types';
import { generateKeyPair, keyIdOf } from './ed25519-keys';
import { keysNewestFirst } from './key-order';
import { testKeys, testTrustList, trusted } from './testing/bundle-fixtures';
import { FORWARD_TASKS, forwardAtOffice, forwardOf, jwcOriginal } from './testing/forward-fixtures';
import type { TrustList } from './trust-list';
import type { SequenceEntry } from './verify-ops';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const k = testKeys();
const newJwc = generateKeyPair();
const trust: TrustList = {
  ...testTrustList,
  keys: [
    ...testTrustList.keys,
    { ...trusted(newJwc, 'JWC', 'department'), addedAt: '2025-10-20T00:00:00.000Z' },
  ],
};
const KEYS = [k.jwc, newJwc];
/** XGC's forward of JWC's original `seq`, signed by key `key` of KEYS, carrying `table`. */
const forward = (key: number, seq: number, table: string): Uint8Array =>
  forwardOf(jwcOriginal(seq, table, KEYS[key]!).bytes, seq, table);

const rank = (keyId: string) => keysNewestFirst(trust, 'JWC').findIndex((x) => x.keyId === keyId);

describe('fuzz: forwards over key rotations and sequence orders', () => {
  it('no accepted forward rolls a contributor back or carries a table off its route', () => {
    const event = fc.record({
      key: fc.nat({ max: 1 }),
      seq: fc.integer({ min: 1, max: 6 }),
      table: fc.constantFrom('A10-1', 'A6-2'),
    });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 6 }), (events) => {
        const held = new Map<string, SequenceEntry>();
        for (const e of events) {
          const r = forwardAtOffice(forward(e.key, e.seq, e.table), [...held.values()], { trustList: trust });
          if (!r.ok) continue;
          for (const c of r.value.forward?.contributors ?? []) {
            expect(c.tables.every((t) => t.tableCode === 'A10-1')).toBe(true);
            const mine = held.get(c.keyId);
            expect(mine === undefined || c.seq >= mine.lastSeq).toBe(true);
            for (const other of held.values()) expect(rank(other.keyId) >= rank(c.keyId)).toBe(true);
            const next = c.nextSequenceState;
            if (next)
              held.set(c.keyId, {
                keyId: c.keyId,
                addressee: 'XGC',
                lastSeq: next.lastSeq,
                hashes: [...next.hashes],
              });
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(keyIdOf(newJwc.publicKey)).not.toBe(keyIdOf(k.jwc.publicKey));
  });
});

describe('fuzz: feedback decisions from random signers', () => {
  it('every accepted decision is the signer’s own, at its level, on a table routed through it', () => {
    const station = fc.constantFrom(
      { role: 'office' as const, departmentCode: null },
      { role: 'summary' as const, departmentCode: 'XGC' },
      { role: 'summary' as const, departmentCode: 'JWC' },
    );
    const decision = fc.record({
      tableCode: fc.constantFrom('A10-1', 'A6-2'),
      action: fc.constantFrom('return', 'approve', 'lock', 'reopen') as fc.Arbitrary<HistoryEntry['action']>,
      level: fc.constantFrom(2, 3) as fc.Arbitrary<2 | 3>,
      role: fc.constantFrom('head', 'supervisor', 'leader', 'filler') as fc.Arbitrary<
        'head' | 'supervisor' | 'leader' | 'filler'
      >,
      station,
    });
    const signer = fc.constantFrom(
      { role: 'office' as const, departmentCode: 'DDS' },
      { role: 'summary' as const, departmentCode: 'XGC' },
    );
    fc.assert(
      fc.property(signer, fc.array(decision, { maxLength: 4 }), (by, ds) => {
        const decisions = ds.map((d) => ({
          departmentCode: 'JWC',
          tableCode: d.tableCode,
          entry: {
            at: '2025-10-09T00:00:00.000Z',
            actor: { name: '某人', role: d.role, station: d.station },
            action: d.action,
            level: d.level,
            from: 'received' as const,
            to: 'draft' as const,
          },
        }));
        const r = authorizeFeedback(
          { format: 'review-feedback', version: 1, decisions },
          {
            signer: by,
            addressee: 'JWC',
            here: { role: 'department', departmentCode: 'JWC' },
            tasks: [...FORWARD_TASKS],
          },
        );
        if (!r.ok) return;
        for (const d of r.value) {
          expect(d.entry.actor.station.role).toBe(by.role);
          if (by.role === 'summary') {
            expect(d.entry.actor.station.departmentCode).toBe('XGC');
            expect(['return', 'approve']).toContain(d.entry.action);
            if (d.entry.action === 'approve') expect(d.entry.level).toBe(2);
          } else if (d.entry.action === 'approve') expect(d.entry.level).toBe(3);
          expect(d.tableCode).toBe('A10-1');
        }
      }),
      { numRuns: RUNS * 20 },
    );
  });
});

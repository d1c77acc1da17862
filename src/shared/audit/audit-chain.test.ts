import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash';
import { canonicalJson } from '../canonical-json';
import { chainHash, GENESIS_HASH, nextAuditEvent, verifyAuditChain, type AuditEvent } from './audit-chain';

function buildLog(n: number, workspaceId = 'ws-1'): AuditEvent[] {
  const log: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    log.push(
      nextAuditEvent(log[log.length - 1], {
        workspaceId,
        at: `2025-09-0${(i % 9) + 1}T08:00:00.000Z`,
        actor: i % 2 ? '张三' : '李四',
        kind: i === 0 ? 'workspace.create' : 'rows.edit',
        summary: { table: 'A1-1', rows: i, cells: [{ row: 'r', field: 'xm', old: null, new: `值${i}` }] },
      }),
    );
  }
  return log;
}

describe('audit chain', () => {
  it('starts at the genesis hash with seq 1', () => {
    const [first] = buildLog(1);
    expect(first?.seq).toBe(1);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it('hashes the previous hash followed by the canonical JSON of the event', () => {
    const [e] = buildLog(1);
    if (!e) throw new Error('no event');
    const { hash: _h, ...rest } = e;
    expect(e.hash).toBe(sha256Hex(GENESIS_HASH + canonicalJson(rest)));
    expect(chainHash(GENESIS_HASH, e)).toBe(e.hash);
  });

  it('verifies an intact log and reports its head', () => {
    const log = buildLog(50);
    expect(verifyAuditChain(log)).toEqual({ ok: true, head: log[49]?.hash, count: 50 });
  });

  it('accepts an empty log with the genesis head', () => {
    expect(verifyAuditChain([])).toEqual({ ok: true, head: GENESIS_HASH, count: 0 });
  });

  it('names the edited event when a summary is changed', () => {
    const log = buildLog(10);
    const e = log[4] as AuditEvent;
    log[4] = { ...e, summary: { ...e.summary, rows: 999 } };
    const r = verifyAuditChain(log);
    expect(r).toMatchObject({ ok: false, firstBadIndex: 4 });
    if (!r.ok) expect(r.message).toContain('被修改');
  });

  it('names the edited event even when its hash is recomputed, because the next link breaks', () => {
    const log = buildLog(10);
    const e = log[4] as AuditEvent;
    const forged = { ...e, actor: '王五' };
    log[4] = { ...forged, hash: chainHash(forged.prevHash, forged) };
    expect(verifyAuditChain(log)).toMatchObject({ ok: false, firstBadIndex: 5 });
  });

  it('names the position of a deleted event', () => {
    const log = buildLog(10);
    log.splice(3, 1);
    expect(verifyAuditChain(log)).toMatchObject({ ok: false, firstBadIndex: 3 });
  });

  it('names the first position of two swapped events', () => {
    const log = buildLog(10);
    const a = log[6] as AuditEvent;
    log[6] = log[7] as AuditEvent;
    log[7] = a;
    expect(verifyAuditChain(log)).toMatchObject({ ok: false, firstBadIndex: 6 });
  });

  it('refuses an event of another workspace spliced into the log', () => {
    const log = buildLog(5);
    const other = buildLog(5, 'ws-2');
    log[2] = other[2] as AuditEvent;
    expect(verifyAuditChain(log)).toMatchObject({ ok: false, firstBadIndex: 2 });
  });

  it('reports a corrupt event whose summary cannot be canonicalised', () => {
    const log = buildLog(3);
    const e = log[1] as AuditEvent;
    log[1] = { ...e, summary: { n: Number.NaN } };
    expect(verifyAuditChain(log)).toMatchObject({ ok: false, firstBadIndex: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../base64';
import { generateKeyPair, signBytes } from '../bundle/ed25519-keys';
import { lockManifest } from '../national-export/locked-year';
import { ok } from '../result';
import type { LockCorrection } from '../review/lock-corrections';
import type { TaskAssignment } from '../tasks/task-types';
import { lockListExtract, relayedContributors, sliceOfAddressee } from './lock-list-extract';
import { signLockList, verifyLockList } from './signed-lock-list';

const office = generateKeyPair();
const sign = {
  publicKey: office.publicKey,
  sign: async (m: Uint8Array) => ok(signBytes(m, office.secretKey)),
};
const pin = bytesToBase64(office.publicKey);
const slice = (tableCode: string, departmentCode: string) => ({ tableCode, departmentCode, rows: [] });
const manifest = lockManifest(
  [slice('A1-1', 'XGC'), slice('A9-6-1', 'TW'), slice('A10-3', 'TW'), slice('A10-1', 'JWC')],
  '2026-10-20T00:00:00.000Z',
  '郑校长',
);
const task = (tableCode: string, responsible: string, summary: string | null, coop: string[] = []) =>
  ({
    tableCode,
    responsibleDepartment: responsible,
    cooperatingDepartments: coop,
    summaryDepartment: summary,
    deadline: '20261010',
  }) satisfies TaskAssignment;
const tasks = [
  task('A1-1', 'XGC', null),
  task('A9-6-1', 'XGC', 'XGC', ['TW']),
  task('A10-3', 'TW', null),
  task('A10-1', 'JWC', null),
];
const correction = (tableCode: string, departmentCode: string): LockCorrection => ({
  tableCode,
  departmentCode,
  rowId: '00000000-0000-4000-8000-00000000a001',
  field: 'xm',
  oldValue: '旧',
  newValue: '新',
  by: '吴督导',
  at: '2026-10-15T08:00:00.000Z',
  reason: '核对',
});
const body = {
  school: { name: '示例职业技术学院', code: '12345' },
  academicYearStart: 2026,
  catalogVersion: 3,
  manifest,
  corrections: [correction('A10-1', 'JWC'), correction('A10-3', 'TW')],
};
const key = (e: { tableCode: string; departmentCode: string }) => `${e.tableCode}/${e.departmentCode}`;

describe('a department’s extract of the 锁定清单', () => {
  it('a department gets its own slices and corrections; a summary department also those it relays', () => {
    const tw = lockListExtract(body, 'TW', tasks);
    expect(tw.manifest.entries.map(key)).toEqual(['A10-3/TW', 'A9-6-1/TW']);
    expect(tw.corrections.map(key)).toEqual(['A10-3/TW']);
    expect(tw.extract).toEqual({ for: 'TW', of: manifest.hash });
    expect(tw.manifest.hash).not.toBe(manifest.hash);
    const xgc = lockListExtract(body, 'XGC', tasks);
    expect(xgc.manifest.entries.map(key)).toEqual(['A1-1/XGC', 'A9-6-1/TW']);
    expect(xgc.corrections).toEqual([]);
    expect(sliceOfAddressee('XGC', tasks)({ tableCode: 'A10-3', departmentCode: 'TW' })).toBe(false);
  });

  it('is signed on its own as version 3 and verifies as the whole list does; altering it breaks it', async () => {
    const r = await signLockList(lockListExtract(body, 'TW', tasks), sign);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.version).toBe(3);
    const v = verifyLockList(JSON.parse(JSON.stringify(r.value)), pin);
    expect(v.ok && v.value.extract).toEqual({ for: 'TW', of: manifest.hash });
    const retargeted = verifyLockList({ ...r.value, extract: { for: 'JWC', of: manifest.hash } }, pin);
    expect(retargeted.ok ? '' : retargeted.error.code).toBe('signature');
    const widened = verifyLockList({ ...r.value, extract: { ...r.value.extract, extra: 1 } }, pin);
    expect(widened.ok ? '' : widened.error.code).toBe('extract');
    const { extract: _e, ...whole } = r.value;
    expect(verifyLockList(whole, pin).ok).toBe(false);
    // The whole list (version 2) still verifies as before.
    const full = await signLockList(body, sign);
    expect(full.ok && full.value.version).toBe(2);
    expect(full.ok && verifyLockList(full.value, pin).ok).toBe(true);
  });

  it('a summary department’s feedback gets an extract for each department it relays to, not its own', () => {
    expect(relayedContributors('XGC', tasks)).toEqual(['TW']);
    expect(relayedContributors('TW', tasks)).toEqual([]);
    const routed = [...tasks, task('A9-6-3', 'JWC', 'XGC', ['TW', 'XGC'])];
    expect(relayedContributors('XGC', routed)).toEqual(['JWC', 'TW']);
  });
});

import { describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes } from '../bundle/ed25519-keys';
import { lockManifest } from '../national-export/locked-year';
import { ok } from '../result';
import { parseFeedbackPayload } from '../review/feedback-payload';
import type { TaskAssignment } from '../tasks/task-types';
import { lockListExtract } from './lock-list-extract';
import { LOCK_LIST_EXTRACTS_MAX } from './lock-list-schema';
import { signLockList, type SignedLockList } from './signed-lock-list';

const office = generateKeyPair();
const tasks: TaskAssignment[] = [
  {
    tableCode: 'A9-6-1',
    responsibleDepartment: 'XGC',
    cooperatingDepartments: ['TW', 'JWC'],
    summaryDepartment: 'XGC',
    deadline: '20261010',
  },
];
const body = {
  school: { name: '示例职业技术学院', code: '12345' },
  academicYearStart: 2026,
  catalogVersion: 3,
  manifest: lockManifest(
    ['XGC', 'TW', 'JWC'].map((d) => ({ tableCode: 'A9-6-1', departmentCode: d, rows: [] })),
    '2026-10-20T00:00:00.000Z',
    '郑校长',
  ),
  corrections: [],
};

async function signed(dept: string | null): Promise<SignedLockList> {
  const r = await signLockList(dept === null ? body : lockListExtract(body, dept, tasks), {
    publicKey: office.publicKey,
    sign: (m) => Promise.resolve(ok(signBytes(m, office.secretKey))),
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const payload = (lockListExtracts: unknown) => ({
  format: 'review-feedback',
  version: 1,
  decisions: [],
  lockListExtracts,
});

describe('the office’s extracts for a relay in a feedback payload (lockListExtracts)', () => {
  it('reads one extract per relayed department, and a payload without the field as before', async () => {
    const r = parseFeedbackPayload(payload([await signed('TW'), await signed('JWC')]));
    expect(r.ok && r.value.lockListExtracts?.map((l) => l.extract?.for)).toEqual(['TW', 'JWC']);
    const { lockListExtracts: _e, ...without } = payload([]);
    expect(parseFeedbackPayload(without).ok).toBe(true);
  });

  it('refuses the whole payload for a whole list among them, two extracts for one department, or too many', async () => {
    const tw = await signed('TW');
    for (const bad of [[await signed(null)], [tw, tw], Array(LOCK_LIST_EXTRACTS_MAX + 1).fill(tw)]) {
      const r = parseFeedbackPayload(payload(bad));
      expect(r.ok ? '' : r.error.message).toBe('反馈包中的审核意见格式不正确，已拒绝导入');
    }
  });
});

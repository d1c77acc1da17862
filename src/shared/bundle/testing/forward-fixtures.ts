/**
 * Test kit for forwards on the route JWC → XGC (summary department) → office: the routing, JWC's signed
 * original for XGC, XGC's forward carrying it, and the office's verification of that forward through the
 * same operation the import Worker runs. Only tests import it.
 */
import type { TaskAssignment } from '../../tasks/task-types';
import { writeBundle } from '../bundle-writer';
import { signBytes, type Ed25519KeyPair } from '../ed25519-keys';
import { planForward } from '../forward';
import { runVerifyOp, type PlainVerifyContext, type SequenceEntry } from '../verify-ops';
import {
  buildBundle,
  manifestFields,
  officeContext,
  tableFile,
  tableInput,
  testKeys,
} from './bundle-fixtures';

const k = testKeys();

/** XGC summarises A10-1, which JWC fills, and A6-2, which JWC does not. */
export const FORWARD_TASKS: readonly TaskAssignment[] = [
  {
    tableCode: 'A10-1',
    responsibleDepartment: 'JWC',
    cooperatingDepartments: ['RSC'],
    summaryDepartment: 'XGC',
    deadline: '20251010',
  },
  {
    tableCode: 'A6-2',
    responsibleDepartment: 'XGC',
    cooperatingDepartments: [],
    summaryDepartment: 'XGC',
    deadline: '20251010',
  },
];

/** JWC's original for XGC with sequence number `seq` and one table, signed by `signer` (JWC's key unless given). */
export function jwcOriginal(seq: number, tableCode = 'A10-1', signer: Ed25519KeyPair = k.jwc) {
  return buildBundle({
    signer,
    fields: { addressee: 'XGC', seq },
    files: [tableInput(tableFile(tableCode, 'JWC', 2))],
  });
}

/** XGC's forward to the office carrying `orig` (a JWC original with sequence number `seq`). */
export function forwardOf(orig: Uint8Array, seq: number, tableCode = 'A10-1'): Uint8Array {
  const plan = planForward(
    'XGC',
    [{ departmentCode: 'JWC', seq, bytes: orig, tables: [tableFile(tableCode, 'JWC', 2)] }],
    new Map(),
    new Map(),
  );
  const w = writeBundle({
    manifestFields: manifestFields(
      { kind: 'forward', sender: { stationRole: 'summary', departmentCode: 'XGC' } },
      k.summary,
    ),
    files: plan.files,
    sign: (b) => signBytes(b, k.summary.secretKey),
  });
  if (!w.ok) throw new Error(w.error.message);
  return w.value.bytes;
}

/** The office verifies `bytes` as a forward, holding `sequences`, routed by FORWARD_TASKS. */
export function forwardAtOffice(
  bytes: Uint8Array,
  sequences: readonly SequenceEntry[] = [],
  extra: Partial<PlainVerifyContext> = {},
) {
  const { sequenceState: _s, ...ctx } = officeContext({ acceptKinds: ['forward'] });
  return runVerifyOp('verify', {
    bytes,
    ctx: { ...ctx, sequences: [...sequences], ...extra },
    delivery: { here: 'OFFICE', tasks: [...FORWARD_TASKS], catalogTables: ['A10-1', 'A6-2'] },
    forward: true,
  });
}

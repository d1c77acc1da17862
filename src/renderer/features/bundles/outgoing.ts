/**
 * Writing any bundle this station signs: the next sequence number for (key, addressee) from the store
 * outside the database, the previous bundle's hash, this station's audit head, the signature from the
 * platform's key, and the record that goes into the bundle log once the file is saved.
 */
import type { BundleFileInput } from '../../../shared/bundle/bundle-writer';
import { writeBundleAsync } from '../../../shared/bundle/bundle-writer';
import { OFFICE_ADDRESSEE, type BundleKind, type Manifest } from '../../../shared/bundle/manifest';
import { bundleFileNameOf } from '../../../shared/bundle/bundle-file-name';
import { counterAddressee } from '../../../shared/bundle/sequence-policy';
import { err, ok, type Result } from '../../../shared/result';
import type { BundleRecord, BundleSliceNote } from '../../data/records';
import type { ExchangeState } from '../../data/records';
import {
  previousSent,
  senderOf,
  signerFor,
  yearIdOf,
  type Acting,
  type ExchangeDeps,
} from './exchange-context';
import { precompress } from './compression';
import { X } from './texts';
import { canSignBundles } from '../../../shared/workspace/permissions';
import type { UserRole } from '../../../shared/workspace/workspace-types';

export interface OutgoingBundle {
  readonly bytes: Uint8Array;
  readonly manifest: Manifest;
  readonly record: BundleRecord;
}

export interface OutgoingSpec {
  readonly kind: BundleKind;
  readonly addressee: string;
  readonly files: readonly BundleFileInput[];
  readonly slices?: readonly BundleSliceNote[];
}

export async function buildOutgoing(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  spec: OutgoingSpec,
): Promise<Result<OutgoingBundle>> {
  const ws = acting.workspace;
  if (!canSignBundles(ws.station, acting.actor.role as UserRole)) return err('head-only', X.headOnly);
  const yearId = yearIdOf(ws, state);
  if (yearId === null) return err('not-set-up', state.officePin?.awaitingYear ? X.awaitingYear : X.notSetUp);
  const signer = await signerFor(deps, acting, state);
  if (!signer.ok) return signer;
  const files = await precompress(spec.files);
  // Receipts number on their own counter (docs/bundle-rules.md), so they leave no gap in the strict one.
  const counter = counterAddressee(spec.kind, spec.addressee);
  const seq = await deps.seq.nextSeq({ keyId: signer.value.keyId, addressee: counter });
  if (!seq.ok) return seq;
  const createdAt = deps.now().toISOString();
  const written = await writeBundleAsync({
    manifestFields: {
      kind: spec.kind,
      keyId: signer.value.keyId,
      sender: senderOf(ws),
      addressee: spec.addressee,
      yearId,
      bundleId: deps.newId(),
      seq: seq.value,
      prevBundleHash: previousSent(state, signer.value.keyId, counter),
      createdAt,
      auditHead: await deps.repo.auditHead(ws.id),
      appVersion: deps.appVersion,
      schemaVersion: 1,
    },
    files,
    sign: signer.value.sign,
  });
  if (!written.ok) return written;
  const m = written.value.manifest;
  return ok({
    bytes: written.value.bytes,
    manifest: m,
    record: {
      workspaceId: ws.id,
      bundleHash: written.value.bundleHash,
      receivedAt: createdAt,
      direction: 'sent',
      kind: m.kind,
      keyId: m.keyId,
      sender: m.sender,
      addressee: m.addressee,
      seq: m.seq,
      createdAt,
      auditHead: m.auditHead,
      status: 'sent',
      slices: spec.slices ?? [],
      warnings: [],
      ...(counter === spec.addressee ? {} : { counter }),
    },
  });
}

/** File name a saved bundle is offered under, in words: 学生工作处-致-督导室-数据包-2025-2026学年-第3号.sdd. */
export async function bundleFileName(
  deps: ExchangeDeps,
  acting: Acting,
  m: Pick<Manifest, 'sender' | 'addressee' | 'seq'>,
  label: string,
): Promise<string> {
  const ws = acting.workspace;
  const departments = await deps.repo.loadDepartments(ws.id);
  const name = (code: string) =>
    code === OFFICE_ADDRESSEE ? X.officeName : (departments.find((d) => d.code === code)?.name ?? code);
  return bundleFileNameOf({
    sender: name(m.sender.departmentCode),
    addressee: name(m.addressee),
    label,
    academicYearStart: ws.academicYearStart,
    seq: m.seq,
  });
}

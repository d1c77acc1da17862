/**
 * The handshake (docs/ARCHITECTURE.md §6): a station creates its key (the office's becomes the trust root and
 * starts trust list version 1), a department exports its self-signed registration request, the office
 * reads one, and — after a person confirmed the fingerprint by phone — adds the key to a new, signed
 * trust list version; revoking a key is another version.
 */
import { base64ToBytes, bytesToBase64 } from '../../../shared/base64';
import { canonicalJson } from '../../../shared/canonical-json';
import { OFFICE_DEPARTMENT_CODE } from '../../../shared/departments/builtin-departments';
import { writeBundleAsync } from '../../../shared/bundle/bundle-writer';
import { fingerprintOf, keyIdOf } from '../../../shared/bundle/ed25519-keys';
import { registrationBundleInput, type RegistrationRequest } from '../../../shared/bundle/registration';
import type { TrustList, TrustedKey } from '../../../shared/bundle/trust-list';
import { err, ok, type Result } from '../../../shared/result';
import type { ExchangeState } from '../../data/records';
import type { TrustRecord } from '../../data/records';
import { signerFor, type Acting, type ExchangeDeps } from './exchange-context';
import { X } from './texts';
import { academicYearLabel } from '../../../shared/workspace/collection-period';
import { keyStoreIdOf } from '../../../shared/workspace/workspace-types';

/** Creates the station's signing key and records its public part; at the office also trust list v1. */
export async function createStationKey(
  deps: ExchangeDeps,
  acting: Acting,
): Promise<Result<{ keyId: string; fingerprint: string }>> {
  const ws = acting.workspace;
  if (acting.actor.role !== 'head') return err('head-only', X.headOnly);
  const created = await deps.keys.create(keyStoreIdOf(ws), acting.passphrase);
  if (!created.ok) return created;
  const { keyId, publicKey } = created.value;
  const at = deps.now().toISOString();
  const fingerprint = fingerprintOf(publicKey);
  const saved = await deps.repo.saveOwnKey(
    ws.id,
    {
      workspaceId: ws.id,
      keyId,
      publicKey: bytesToBase64(publicKey),
      fingerprint,
      createdAt: at,
      createdBy: acting.actor.name,
      storage: deps.keys.needsPassphrase ? 'vault' : 'webcrypto',
    },
    acting.actor,
  );
  if (!saved.ok) return saved;
  if (ws.station.role === 'office') {
    const state = await deps.repo.loadExchange(ws.id);
    const office: TrustedKey = {
      keyId,
      publicKey: bytesToBase64(publicKey),
      departmentCode: OFFICE_DEPARTMENT_CODE,
      role: 'office',
      addedAt: at,
    };
    // A new office key starts a new trust root: departments keep refusing it until they confirm it.
    const keys = (state.trustList?.list.keys ?? []).filter((k) => k.role !== 'office');
    const list: TrustList = {
      version: (state.trustList?.list.version ?? 0) + 1,
      officeKeyId: keyId,
      keys: [office, ...keys],
    };
    const pin: TrustRecord = {
      workspaceId: ws.id,
      kind: 'office-pin',
      keyId,
      publicKey: office.publicKey,
      fingerprint,
      yearId: ws.id,
      pinnedAt: at,
      pinnedBy: acting.actor.name,
    };
    const r = await publishTrustList(deps, acting, state, list, { created: keyId }, [pin]);
    if (!r.ok) return r;
  }
  return ok({ keyId, fingerprint });
}

/**
 * Key rotation at a department or summary station (docs/SECURITY.md B10: a new key restarts its sequence
 * numbers): a new key becomes current and a registration request for it is written. The old key stays
 * in the office's trust list — bundles it signed still verify — until the office revokes it.
 */
export async function rotateStationKey(
  deps: ExchangeDeps,
  acting: Acting,
  departmentName: string,
): Promise<
  Result<{ keyId: string; fingerprint: string; registration: { bytes: Uint8Array; fileName: string } }>
> {
  const ws = acting.workspace;
  if (ws.station.role === 'office') return err('wrong-station', X.rotateNotOffice);
  const before = await deps.repo.loadExchange(ws.id);
  if (before.ownKey === null) return err('no-key', X.noKey);
  if (deps.keys.needsPassphrase && (acting.passphrase ?? '') === '')
    return err('passphrase-missing', X.passphraseNeeded);
  const created = await createStationKey(deps, acting);
  if (!created.ok) return created;
  const registration = await exportRegistration(
    deps,
    acting,
    await deps.repo.loadExchange(ws.id),
    departmentName,
  );
  return registration.ok ? ok({ ...created.value, registration: registration.value }) : registration;
}

/** The self-signed registration request of a department or summary station. */
export async function exportRegistration(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  departmentName: string,
): Promise<Result<{ bytes: Uint8Array; fileName: string }>> {
  const ws = acting.workspace;
  if (ws.station.role === 'office' || ws.station.departmentCode === null)
    return err('wrong-station', X.wrongStation);
  const signer = await signerFor(deps, acting, state);
  if (!signer.ok) return signer;
  const own = state.ownKey!;
  const input = registrationBundleInput({
    payload: {
      format: 'sdd-registration',
      version: 1,
      publicKey: own.publicKey,
      departmentCode: ws.station.departmentCode,
      departmentName,
      stationRole: ws.station.role,
      contact: acting.actor.name,
    },
    stationId: ws.id,
    bundleId: deps.newId(),
    createdAt: deps.now().toISOString(),
    auditHead: await deps.repo.auditHead(ws.id),
    appVersion: deps.appVersion,
  });
  const written = await writeBundleAsync({ ...input, sign: signer.value.sign });
  if (!written.ok) return written;
  // Named in words, as the other bundle files (a department's name rather than its code).
  const dept = (await deps.repo.loadDepartments(ws.id)).find((d) => d.code === ws.station.departmentCode);
  const who = (dept?.name ?? ws.station.departmentCode ?? '').replace(/[\\/:*?"<>|]/g, '_');
  return ok({
    bytes: written.value.bytes,
    fileName: `${who}-注册申请-${academicYearLabel(ws.academicYearStart)}.sdd`,
  });
}

/** Office: reads a registration request (self-signature, key/department consistency) in the verification Worker. */
export function readRegistrationFile(
  deps: ExchangeDeps,
  bytes: Uint8Array,
): Promise<Result<RegistrationRequest>> {
  return deps.verify('read-registration', { bytes });
}

/** Office: the confirmed key joins a new trust list version (replacing that department's older key entry of the same id). */
export async function acceptRegistration(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  req: RegistrationRequest,
): Promise<Result<TrustList>> {
  const current = state.trustList?.list;
  if (current === undefined) return err('not-set-up', X.officeNoKey);
  const entry: TrustedKey = {
    keyId: req.keyId,
    publicKey: req.publicKey,
    departmentCode: req.departmentCode,
    role: req.stationRole,
    addedAt: deps.now().toISOString(),
  };
  const list: TrustList = {
    ...current,
    version: current.version + 1,
    keys: [...current.keys.filter((k) => k.keyId !== req.keyId), entry],
  };
  const r = await publishTrustList(deps, acting, state, list, {
    added: req.keyId,
    department: req.departmentCode,
    fingerprint: req.fingerprint,
  });
  return r.ok ? ok(list) : r;
}

export async function revokeKey(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  keyId: string,
): Promise<Result<TrustList>> {
  const current = state.trustList?.list;
  if (current === undefined) return err('not-set-up', X.officeNoKey);
  if (keyId === current.officeKeyId)
    return err('revoke-office', '不能吊销督导室自己的密钥；请生成新密钥代替。');
  const at = deps.now().toISOString();
  const list: TrustList = {
    ...current,
    version: current.version + 1,
    keys: current.keys.map((k) => (k.keyId === keyId ? { ...k, revokedAt: at } : k)),
  };
  const r = await publishTrustList(deps, acting, state, list, { revoked: keyId });
  return r.ok ? ok(list) : r;
}

async function publishTrustList(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  list: TrustList,
  note: Record<string, string>,
  extra: TrustRecord[] = [],
): Promise<Result<void>> {
  if (acting.actor.role !== 'head' && acting.actor.role !== 'supervisor') return err('head-only', X.headOnly);
  const signer = await signerFor(deps, acting, state);
  if (!signer.ok) return signer;
  const pub = base64ToBytes(list.keys.find((k) => k.keyId === list.officeKeyId)?.publicKey ?? '');
  if (pub === null || keyIdOf(pub) !== signer.value.keyId)
    return err('not-office-key', '信任列表只能由督导室当前密钥签名。');
  const bytes = new TextEncoder().encode(canonicalJson(list));
  const sig = await signer.value.sign(bytes);
  if (!sig.ok) return sig;
  const record: TrustRecord = {
    workspaceId: acting.workspace.id,
    kind: 'trust-list',
    list,
    bytesBase64: bytesToBase64(bytes),
    sigText: bytesToBase64(sig.value),
  };
  return deps.repo.saveTrust(
    acting.workspace.id,
    [...extra, record],
    { version: list.version, ...note },
    acting.actor,
  );
}

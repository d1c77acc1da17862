/**
 * Setup bundles end to end. Office: one bundle per department with the year, catalog, tasks,
 * departments, the 采集通知, the validation rules, indicators and standards, the signed trust list and
 * that department's registered key. Department:
 * 导入初始化包 — on the first import the office key the bundle claims is shown for the person to confirm
 * (its fingerprint read out by the office), then pinned; later imports must come from that pinned key.
 */
import { OFFICE_DEPARTMENT_CODE } from '../../../shared/departments/builtin-departments';
import { base64ToBytes, bytesToBase64 } from '../../../shared/base64';
import { setupBundleFiles, type ClaimedOffice } from '../../../shared/bundle/setup-bundle';
import { EMPTY_NOTICE, type CollectionNotice, type SetupPayload } from '../../../shared/bundle/setup-payload';
import { err, ok, type Result } from '../../../shared/result';
import type { ExchangeState } from '../../data/records';
import type { TrustRecord } from '../../data/records';
import { backupBefore } from '../backup/backup-before';
import { sequenceEntries, stationAddress, type Acting, type ExchangeDeps } from './exchange-context';
import { buildOutgoing, bundleFileName, type OutgoingBundle } from './outgoing';
import { X } from './texts';
import { academicYearLabel } from '../../../shared/workspace/collection-period';
import type { IncomingReport } from '../../../shared/catalog/incoming-migration';

/** Office: the setup bundle for `departmentCode`. */
export async function buildSetupBundle(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  departmentCode: string,
): Promise<Result<OutgoingBundle & { fileName: string }>> {
  const ws = acting.workspace;
  if (ws.station.role !== 'office') return err('wrong-station', X.wrongStation);
  const list = state.trustList;
  if (list === null) return err('not-set-up', X.officeNoKey);
  const [catalog, tasks, departments, rules, indicators, standards, migrations] = await Promise.all([
    deps.repo.loadCatalog(ws.id),
    deps.repo.loadTasks(ws.id),
    deps.repo.loadDepartments(ws.id),
    deps.repo.loadRuleset(ws),
    deps.repo.loadIndicatorSet(ws),
    deps.repo.loadStandardSet(ws),
    deps.repo.loadMigrationSteps(ws.id),
  ]);
  const registration =
    list.list.keys.filter((k) => k.departmentCode === departmentCode && k.revokedAt === undefined).at(-1) ??
    null;
  const payload: SetupPayload = {
    format: 'sdd-setup',
    version: 1,
    revision: (state.notice?.revision ?? 0) + 1,
    year: {
      name: ws.name,
      academicYearStart: ws.academicYearStart,
      financeYear: ws.financeYear,
      snapshotDate: ws.snapshotDate,
      deadlines: ws.deadlines,
    },
    catalog,
    tasks,
    departments,
    notice: state.notice?.notice ?? EMPTY_NOTICE,
    registration,
    rules,
    indicators,
    standards,
    ...(migrations.length > 0 ? { optionMigrations: migrations } : {}),
  };
  const out = await buildOutgoing(deps, acting, state, {
    kind: 'setup',
    addressee: departmentCode,
    files: setupBundleFiles(payload, {
      bytes: base64ToBytes(list.bytesBase64) ?? new Uint8Array(),
      sigText: list.sigText,
    }),
  });
  return out.ok
    ? ok({ ...out.value, fileName: await bundleFileName(deps, acting, out.value.manifest, '初始化包') })
    : out;
}

/** Office: saves the 采集通知 draft that the next setup bundles carry. */
export function saveNotice(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  draft: Partial<CollectionNotice>,
) {
  const revision = (state.notice?.revision ?? 0) + 1;
  // Form fields left untouched arrive as undefined; the notice always carries every field as text.
  const notice: CollectionNotice = {
    title: draft.title ?? '',
    documents: draft.documents ?? '',
    howToFill: draft.howToFill ?? '',
    indicators: draft.indicators ?? '',
    requirements: draft.requirements ?? '',
    schedule: draft.schedule ?? '',
  };
  return deps.repo.saveTrust(
    acting.workspace.id,
    [{ workspaceId: acting.workspace.id, kind: 'notice', notice, revision }],
    { notice: notice.title, revision },
    acting.actor,
  );
}

export type SetupInspection =
  | { readonly kind: 'first'; readonly claimed: ClaimedOffice }
  | { readonly kind: 'update'; readonly fingerprint: string };

/**
 * A year made by 新建下一学年 learns the new year's id from the setup bundle itself, provided the
 * bundle comes from the office key pinned last year (else a new handshake is needed) and is not last
 * year's own setup bundle. Verification then runs with that id as usual.
 */
async function carriedYearId(
  deps: ExchangeDeps,
  pin: Extract<TrustRecord, { kind: 'office-pin' }>,
  bytes: Uint8Array,
): Promise<Result<string>> {
  const claimed = await deps.verify('inspect-setup', { bytes });
  if (!claimed.ok) return claimed;
  if (claimed.value.keyId !== pin.keyId) return err('office-key-changed', X.carriedKeyChanged);
  if (claimed.value.yearId === pin.yearId) return err('wrong-year', X.carriedOldYear);
  return ok(claimed.value.yearId);
}

/** Step 1 of 导入初始化包: what the person must confirm (first time) or that the pinned key applies. */
export async function inspectSetup(
  deps: ExchangeDeps,
  state: ExchangeState,
  bytes: Uint8Array,
): Promise<Result<SetupInspection>> {
  if (state.officePin !== null) return ok({ kind: 'update', fingerprint: state.officePin.fingerprint });
  const claimed = await deps.verify('inspect-setup', { bytes });
  return claimed.ok ? ok({ kind: 'first', claimed: claimed.value }) : claimed;
}

/**
 * Step 2: full verification with the confirmed (first) or pinned key, then one transaction that pins,
 * stores the trust list, the catalog, tasks, departments and notice. 'already' when imported before.
 */
export async function applySetupBundle(
  deps: ExchangeDeps,
  acting: Acting,
  state: ExchangeState,
  bytes: Uint8Array,
  confirmed: ClaimedOffice | null,
): Promise<
  Result<{ status: 'applied' | 'already'; payload: SetupPayload; migrated: IncomingReport | null }>
> {
  const ws = acting.workspace;
  if (ws.station.role === 'office') return err('wrong-station', X.wrongStation);
  const pin = state.officePin;
  const officePublicKey = pin !== null ? base64ToBytes(pin.publicKey) : (confirmed?.officePublicKey ?? null);
  const carried = pin?.awaitingYear ? await carriedYearId(deps, pin, bytes) : null;
  if (carried !== null && !carried.ok) return carried;
  const yearId = carried?.value ?? pin?.yearId ?? confirmed?.yearId ?? null;
  if (officePublicKey === null || yearId === null)
    return err('not-confirmed', '请先核对并确认督导室密钥指纹。');
  const v = await deps.verify('verify-setup', {
    bytes,
    ctx: {
      station: { role: ws.station.role, departmentCode: stationAddress(ws) },
      yearId,
      officePublicKey,
      sequences: sequenceEntries(state),
      now: deps.now(),
    },
    held:
      state.trustList === null
        ? null
        : {
            version: state.trustList.list.version,
            bytes: base64ToBytes(state.trustList.bytesBase64) ?? new Uint8Array(),
          },
  });
  if (!v.ok) return v;
  const { verified, payload } = v.value;
  if (verified.status === 'already-imported') return ok({ status: 'already', payload, migrated: null });
  if (carried !== null && payload.year.academicYearStart !== ws.academicYearStart)
    return err(
      'wrong-year',
      X.carriedWrongYear(
        academicYearLabel(payload.year.academicYearStart),
        academicYearLabel(ws.academicYearStart),
      ),
    );
  const backup = await backupBefore(ws.id, 'import');
  if (!backup.ok) return err(backup.error.code, X.backupFailed(backup.error.message));
  const at = deps.now().toISOString();
  const m = verified.manifest;
  const trust: TrustRecord[] = [
    {
      workspaceId: ws.id,
      kind: 'trust-list',
      list: v.value.trustList,
      bytesBase64: bytesToBase64(v.value.trustListBytes),
      sigText: v.value.trustListSig,
    },
    {
      workspaceId: ws.id,
      kind: 'setup',
      revision: payload.revision,
      notice: payload.notice,
      bundleHash: verified.bundleHash,
      appliedAt: at,
    },
  ];
  if (pin !== null && carried !== null) {
    // The carried pin learns the new year's id; the key itself was confirmed last year.
    const { awaitingYear: _, ...kept } = pin;
    trust.unshift({ ...kept, yearId });
  } else if (pin === null && confirmed !== null) {
    trust.unshift({
      workspaceId: ws.id,
      kind: 'office-pin',
      keyId: confirmed.keyId,
      publicKey: verified.signer.publicKey,
      fingerprint: confirmed.fingerprint,
      yearId,
      pinnedAt: at,
      pinnedBy: acting.actor.name,
    });
  }
  const prev = state.sequences.find((s) => s.keyId === m.keyId && s.addressee === m.addressee);
  const r = await deps.repo.applySetup(
    ws.id,
    {
      trust,
      catalog: payload.catalog,
      tasks: payload.tasks,
      departments: payload.departments,
      ...(payload.rules ? { rules: payload.rules } : {}),
      ...(payload.indicators ? { indicators: payload.indicators } : {}),
      ...(payload.standards ? { standards: payload.standards } : {}),
      ...(payload.optionMigrations ? { optionMigrations: payload.optionMigrations } : {}),
      // The office's dates apply to this station's year; its own name for the year stays.
      year: {
        academicYearStart: payload.year.academicYearStart,
        financeYear: payload.year.financeYear,
        snapshotDate: payload.year.snapshotDate,
        deadlines: payload.year.deadlines,
      },
      bundle: {
        workspaceId: ws.id,
        bundleHash: verified.bundleHash,
        receivedAt: at,
        direction: 'received',
        kind: 'setup',
        keyId: m.keyId,
        sender: { stationRole: 'office', departmentCode: OFFICE_DEPARTMENT_CODE },
        addressee: m.addressee,
        seq: m.seq,
        createdAt: m.createdAt,
        auditHead: m.auditHead,
        status: 'imported',
        slices: [],
        warnings: verified.warnings.map((w) => w.message),
      },
      sequence: {
        record: {
          workspaceId: ws.id,
          keyId: m.keyId,
          addressee: m.addressee,
          lastSeq: verified.nextSequenceState!.lastSeq,
          hashes: [...verified.nextSequenceState!.hashes],
        },
        expectLastSeq: prev?.lastSeq ?? 0,
      },
    },
    acting.actor,
  );
  return r.ok ? ok({ status: 'applied', payload, migrated: r.value.migrated }) : r;
}

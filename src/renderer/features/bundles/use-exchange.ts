/**
 * The exchange page's glue: the dependencies of the services (repository, platform keys and sequence
 * store, clock), the open workspace's exchange state, and the acting user with the passphrase typed on
 * this page (kept in memory only, for this page's lifetime).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { newUuid } from '../../../shared/ids';
import type { ExchangeState } from '../../data/records';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useSession } from '../../app/session-store';
import { getPlatform } from '../../platform/platform';
import type { Acting, ExchangeDeps } from './exchange-context';
import type { OutgoingBundle } from './outgoing';
import { workerSession, workerVerifier } from './verify-client';

let appVersion = '0.1.0';
void getPlatform()
  .appInfo()
  .then((r) => {
    if (r.ok) appVersion = r.value.version;
  });

export function exchangeDeps(): ExchangeDeps {
  const platform = getPlatform();
  return {
    repo: repository(),
    keys: platform.keys,
    seq: platform,
    now: () => new Date(),
    newId: newUuid,
    appVersion,
    verify: workerVerifier(),
    openVerifySession: () => workerSession(),
  };
}

export function useExchange(passphrase: string | null) {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const [state, setState] = useState<ExchangeState | null>(null);
  const deps = useMemo(() => exchangeDeps(), []);
  const wsId = data?.workspace.id;
  const reload = useCallback(async () => {
    if (wsId !== undefined) setState(await deps.repo.loadExchange(wsId));
  }, [deps, wsId]);
  useEffect(() => {
    if (wsId === undefined) return;
    let live = true;
    void deps.repo.loadExchange(wsId).then((s) => {
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, [deps, wsId]);
  const acting: Acting | null =
    data && user
      ? { workspace: data.workspace, actor: { name: user.name, role: user.role }, passphrase }
      : null;
  return { deps, state, reload, acting, data };
}

/** Saves bytes through the platform (download / save dialog); returns where, or null when cancelled. */
export async function saveBundleFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ ok: true; where: string | null } | { ok: false; message: string }> {
  const r = await getPlatform().saveFile({
    suggestedName: fileName,
    bytes,
    filters: [{ name: '状态数据包', extensions: ['sdd'] }],
  });
  if (!r.ok) return { ok: false, message: r.error.message };
  return { ok: true, where: r.value.kind === 'saved' ? r.value.location : null };
}

/**
 * Saves an outgoing bundle and, once it is really saved, records it in the bundle log (the sequence
 * number was spent when it was signed). Returns where it went, or null when the person cancelled.
 */
export async function saveAndRecordBundle(
  deps: ExchangeDeps,
  acting: Acting,
  bundle: OutgoingBundle & { readonly fileName: string },
): Promise<{ ok: true; where: string | null } | { ok: false; message: string }> {
  const saved = await saveBundleFile(bundle.fileName, bundle.bytes);
  if (!saved.ok || saved.where === null) return saved;
  const rec = await deps.repo.recordBundle(acting.workspace.id, { bundle: bundle.record }, acting.actor);
  return rec.ok ? saved : { ok: false, message: rec.error.message };
}

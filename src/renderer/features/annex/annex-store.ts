/**
 * The entered annex figures of the open year, and the annex resolver the report and this page read.
 * Writes go through the repository (the data writer); the store reloads what was committed.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type {
  AnnexColumn,
  AnnexEntry,
  AnnexEntryInput,
  AnnexReviewAction,
} from '../../../shared/annex/annex-entry';
import { enteredByRow } from '../../../shared/annex/annex-entry';
import { createAnnexResolver, type AnnexResolver } from '../../../shared/annex/annex-resolver';
import { BUILTIN_ANNEXES } from '../../../shared/annex/builtin-annexes';
import type { ReportDataSource } from '../../../shared/report/data-source';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import { enterpriseRows } from '../../../shared/enterprise/enterprise-rows';
import type { StoredRow } from '../../../shared/records/record-types';
import type { Result } from '../../../shared/result';
import { repository } from '../../data/repository-instance';
import type { Actor } from '../../data/write-outcome';
import { useWorkspaceData } from '../../data/workspace-data-store';

interface AnnexState {
  readonly workspaceId: string | null;
  readonly entries: readonly AnnexEntry[];
  load(workspaceId: string): Promise<void>;
  save(input: AnnexEntryInput, actor: Actor): Promise<Result<void>>;
  review(rowId: string, column: AnnexColumn, action: AnnexReviewAction, actor: Actor): Promise<Result<void>>;
}

export const useAnnexStore = create<AnnexState>((set, get) => {
  async function reload(): Promise<void> {
    const id = get().workspaceId;
    if (id) set({ entries: await repository().listAnnexEntries(id) });
  }
  const noYear = { ok: false as const, error: { code: 'no-workspace', message: '没有打开的采集年度。' } };
  return {
    workspaceId: null,
    entries: [],
    async load(workspaceId) {
      set({ workspaceId, entries: await repository().listAnnexEntries(workspaceId) });
    },
    async save(input, actor) {
      const id = get().workspaceId;
      if (!id) return noYear;
      const r = await repository().saveAnnexEntry(id, input, actor);
      if (r.ok) await reload();
      return r;
    },
    async review(rowId, column, action, actor) {
      const id = get().workspaceId;
      if (!id) return noYear;
      const r = await repository().reviewAnnexEntry(id, rowId, column, action, actor);
      if (r.ok) await reload();
      return r;
    },
  };
});

/** The report's data source with the annexes attached: figures typed and not returned are shown. */
export function withAnnexes(
  source: ReportDataSource,
  entries: readonly AnnexEntry[],
  tables?: LoadedTables,
): ReportDataSource {
  return { ...source, annexes: annexResolver(source, entries, tables) };
}

/** The catalog and the rows the live source has loaded, for the enterprise tables. */
export interface LoadedTables {
  readonly catalog: Catalog;
  readonly rows: ReadonlyMap<string, readonly StoredRow[]>;
}

export function annexResolver(
  source: ReportDataSource,
  entries: readonly AnnexEntry[],
  tables?: LoadedTables,
): AnnexResolver {
  const base = createAnnexResolver(BUILTIN_ANNEXES, source, enteredByRow(entries));
  if (!tables) return base;
  return {
    ...base,
    enterpriseRows: (code, names) =>
      enterpriseRows(
        tables.catalog.tables.find((t) => t.code === code),
        tables.rows.get(code),
        names,
      ),
  };
}

/** The entered figures of the open year, loaded once per year (the report's annex nodes read them). */
export function useAnnexEntries(): readonly AnnexEntry[] {
  const workspaceId = useWorkspaceData((s) => s.data?.workspace.id ?? null);
  const loadedFor = useAnnexStore((s) => s.workspaceId);
  const entries = useAnnexStore((s) => s.entries);
  useEffect(() => {
    if (workspaceId && loadedFor !== workspaceId) void useAnnexStore.getState().load(workspaceId);
  }, [workspaceId, loadedFor]);
  return entries;
}

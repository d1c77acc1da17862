/**
 * The entered annex figures of the open year, and the annex resolver the report and this page read.
 * Writes go through the repository (the data writer); the store reloads what was committed.
 */
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type {
  AnnexColumn,
  AnnexEntry,
  AnnexEntryInput,
  AnnexReviewAction,
} from '../../../shared/annex/annex-entry';
import { enteredByRow } from '../../../shared/annex/annex-entry';
import { createAnnexResolver, type AnnexResolver } from '../../../shared/annex/annex-resolver';
import type { AnnexRowEdit } from '../../../shared/annex/annex-defs';
import type { AnnexTableDef } from '../../../shared/annex/annex-types';
import { BUILTIN_ANNEXES } from '../../../shared/annex/builtin-annexes';
import type { ReportDataSource } from '../../../shared/report/data-source';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import { enterpriseRows } from '../../../shared/enterprise/enterprise-rows';
import type { StoredRow } from '../../../shared/records/record-types';
import type { Result } from '../../../shared/result';
import { repository } from '../../data/repository-instance';
import type { Actor } from '../../data/write-outcome';
import { useWorkspaceData } from '../../data/workspace-data-store';

/** The year's annex definitions and entered figures: what every annex resolver reads. */
export interface AnnexData {
  readonly defs: readonly AnnexTableDef[];
  readonly entries: readonly AnnexEntry[];
}

interface AnnexState extends AnnexData {
  readonly workspaceId: string | null;
  load(workspaceId: string): Promise<void>;
  editDefs(edit: AnnexRowEdit, actor: Actor): Promise<Result<void>>;
  save(input: AnnexEntryInput, actor: Actor): Promise<Result<void>>;
  review(rowId: string, column: AnnexColumn, action: AnnexReviewAction, actor: Actor): Promise<Result<void>>;
}

export const useAnnexStore = create<AnnexState>((set, get) => {
  async function read(workspaceId: string): Promise<AnnexData> {
    const [defs, entries] = await Promise.all([
      repository().loadAnnexDefs(workspaceId),
      repository().listAnnexEntries(workspaceId),
    ]);
    return { defs, entries };
  }
  async function reload(): Promise<void> {
    const id = get().workspaceId;
    if (id) set(await read(id));
  }
  const noYear = { ok: false as const, error: { code: 'no-workspace', message: '没有打开的采集年度。' } };
  return {
    workspaceId: null,
    defs: BUILTIN_ANNEXES,
    entries: [],
    async load(workspaceId) {
      set({ workspaceId, ...(await read(workspaceId)) });
    },
    async editDefs(edit, actor) {
      const id = get().workspaceId;
      if (!id) return noYear;
      const r = await repository().editAnnexDefs(id, edit, actor);
      if (r.ok) await reload();
      return r;
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
  annex: AnnexData,
  tables?: LoadedTables,
): ReportDataSource {
  return { ...source, annexes: annexResolver(source, annex, tables) };
}

/** The catalog and the rows the live source has loaded, for the enterprise tables. */
export interface LoadedTables {
  readonly catalog: Catalog;
  readonly rows: ReadonlyMap<string, readonly StoredRow[]>;
}

export function annexResolver(
  source: ReportDataSource,
  annex: AnnexData,
  tables?: LoadedTables,
): AnnexResolver {
  const base = createAnnexResolver(annex.defs, source, enteredByRow(annex.entries));
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

/** The definitions and entered figures of the open year, loaded once per year (annex nodes read them). */
export function useAnnexData(): AnnexData {
  const workspaceId = useWorkspaceData((s) => s.data?.workspace.id ?? null);
  const loadedFor = useAnnexStore((s) => s.workspaceId);
  const entries = useAnnexStore((s) => s.entries);
  const defs = useAnnexStore((s) => s.defs);
  useEffect(() => {
    if (workspaceId && loadedFor !== workspaceId) void useAnnexStore.getState().load(workspaceId);
  }, [workspaceId, loadedFor]);
  return useMemo(() => ({ defs, entries }), [defs, entries]);
}

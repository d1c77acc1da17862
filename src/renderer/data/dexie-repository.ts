/**
 * The Repository over IndexedDB: reads straight from Dexie, writes through the storage worker's data
 * writer (one audited transaction per write). Writer refusals come back as Result values.
 */
import type { StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';
import {
  getDepartments,
  getLatestCatalog,
  getTasks,
  listSlices,
  getCatalogVersion,
  listWorkspaces,
  loadSlice,
  loadTable,
} from '../db/reads';
import type { Repository } from './repository';
import { outcome, writeContext as ctx } from './write-outcome';
import { userRole, type UserRole } from '../../shared/workspace/workspace-types';
import { createDexieReviewRepository } from './review-repository';
import { createDexieBundleRepository } from './bundle-repository';
import { createDexieImportRepository } from './import-repository';
import { createDexieReportRepository } from './report-repository';
import { createDexieAnalysisRepository } from './analysis-repository';
import { createDexieCorrectionRepository } from './correction-repository';
import { createDexieUpdateRequestRepository } from './update-request-repository';
import { createDexieReportWorkflowRepository } from './report-workflow-repository';
import { createDexieAnnexRepository } from './annex-repository';

export function createDexieRepository(db: StatusDb, writer: WriterApi): Repository {
  return {
    listWorkspaces: () => listWorkspaces(db),
    async createWorkspace(data, actor) {
      return outcome(
        await writer.createWorkspace(data.workspace, ctx(actor), {
          departments: data.departments,
          catalog: data.catalog,
          tasks: data.tasks,
        }),
      );
    },
    updateWorkspace: async (ws, actor) => outcome(await writer.updateWorkspace(ws, ctx(actor))),
    deleteWorkspace: async (id, actor) => outcome(await writer.deleteWorkspace(id, ctx(actor))),
    rolloverYear: async (id, next, actor, reissue = null) =>
      outcome(await writer.rolloverYear(id, next, ctx(actor), reissue)),
    confirmCarriedRows: async (key, ids, actor) =>
      outcome(await writer.confirmCarriedRows(key, ids, ctx(actor))),
    loadDepartments: (id) => getDepartments(db, id),
    saveDepartments: async (id, departments, actor) =>
      outcome(await writer.saveDepartments(id, departments, ctx(actor))),
    loadCatalogVersion: (id, version) => getCatalogVersion(db, id, version),
    async loadCatalog(id) {
      const c = await getLatestCatalog(db, id);
      if (!c) throw new Error(`workspace ${id} has no catalog`);
      return c;
    },
    saveCatalog: async (id, catalog, actor, migration) =>
      outcome(await writer.saveCatalog(id, catalog, ctx(actor), migration)),
    loadTasks: (id) => getTasks(db, id),
    saveTasks: async (id, tasks, actor) =>
      outcome(await writer.saveTasks(id, tasks, ctx(actor), assignerRole(actor.role))),
    async listSlices(id) {
      return (await listSlices(db, id)).map((s) => ({
        tableCode: s.tableCode,
        departmentCode: s.departmentCode,
        rowCount: s.rowCount,
        updatedAt: s.updatedAt || null,
        updatedBy: s.updatedBy || null,
        ...(s.confirmations ? { confirmations: s.confirmations } : {}),
      }));
    },
    loadTableRows: (slice) => loadSlice(db, slice),
    applyRowEdits: async (slice, edits, actor) =>
      outcome(await writer.applyRowEdits(slice, edits, ctx(actor))),
    prepareEdits: (slice) => writer.warmSlice(slice),
    commitSlice: async (slice, rows, actor, via) =>
      outcome(await writer.commitSlice(slice, rows, ctx(actor), via)),
    async loadAllRows(workspaceId, tableCode) {
      return (await loadTable(db, workspaceId, tableCode)).flatMap((s) => s.rows);
    },
    ...createDexieReviewRepository(db, writer),
    ...createDexieBundleRepository(db, writer),
    ...createDexieImportRepository(writer),
    ...createDexieReportRepository(db, writer),
    ...createDexieAnalysisRepository(db, writer),
    ...createDexieReportWorkflowRepository(db, writer),
    ...createDexieAnnexRepository(db, writer),
    ...createDexieCorrectionRepository(db, writer),
    ...createDexieUpdateRequestRepository(db, writer),
  };
}

/** Who assigns tasks: the app's own writes act as 'system'; a role name that is no user role gets no rights. */
function assignerRole(role: string): UserRole | 'system' {
  return role === 'system' ? 'system' : (userRole(role) ?? 'filler');
}

/**
 * The annexes and enterprise reports part of the Repository: entered annex figures and their review,
 * the enterprise roster and the year's rotation. Reads go straight to Dexie; writes through the data
 * writer (one audited transaction each).
 */
import type {
  AnnexColumn,
  AnnexEntry,
  AnnexEntryInput,
  AnnexReviewAction,
} from '../../shared/annex/annex-entry';
import type { AnnexRowEdit } from '../../shared/annex/annex-defs';
import type { AnnexTableDef } from '../../shared/annex/annex-types';
import type { Enterprise, EnterpriseReportLink } from '../../shared/enterprise/enterprise-types';
import { listAnnexEntries, listEnterpriseReports, listEnterprises, loadAnnexDefs } from '../db/annex-reads';
import type { RotationRequest } from '../db/annex-writes';
import type { StatusDb } from '../db/schema';
import type { WriterApi } from '../db/storage-startup';
import { outcome, writeContext as ctx, type Actor, type WriteOutcome } from './write-outcome';

export type { RotationRequest };

export interface AnnexRepository {
  listAnnexEntries(workspaceId: string): Promise<AnnexEntry[]>;
  /** The annex definitions in force (the office's newest version, else the shipped rows). */
  loadAnnexDefs(workspaceId: string): Promise<readonly AnnexTableDef[]>;
  editAnnexDefs(workspaceId: string, edit: AnnexRowEdit, actor: Actor): Promise<WriteOutcome>;
  saveAnnexEntry(workspaceId: string, input: AnnexEntryInput, actor: Actor): Promise<WriteOutcome>;
  reviewAnnexEntry(
    workspaceId: string,
    rowId: string,
    column: AnnexColumn,
    action: AnnexReviewAction,
    actor: Actor,
  ): Promise<WriteOutcome>;
  listEnterprises(workspaceId: string): Promise<Enterprise[]>;
  saveEnterprise(workspaceId: string, enterprise: Enterprise, actor: Actor): Promise<WriteOutcome>;
  listEnterpriseReports(workspaceId: string): Promise<EnterpriseReportLink[]>;
  assignEnterpriseReports(workspaceId: string, req: RotationRequest, actor: Actor): Promise<WriteOutcome>;
  routeEnterpriseReport(
    workspaceId: string,
    reportId: string,
    via: string | null,
    actor: Actor,
  ): Promise<WriteOutcome>;
}

export function createDexieAnnexRepository(db: StatusDb, writer: WriterApi): AnnexRepository {
  return {
    listAnnexEntries: (id) => listAnnexEntries(db, id),
    loadAnnexDefs: (id) => loadAnnexDefs(db, id),
    editAnnexDefs: async (id, edit, actor) => outcome(await writer.editAnnexDefs(id, edit, ctx(actor))),
    saveAnnexEntry: async (id, input, actor) => outcome(await writer.saveAnnexEntry(id, input, ctx(actor))),
    reviewAnnexEntry: async (id, rowId, column, action, actor) =>
      outcome(await writer.reviewAnnexEntry(id, rowId, column, action, ctx(actor))),
    listEnterprises: (id) => listEnterprises(db, id),
    saveEnterprise: async (id, e, actor) => outcome(await writer.saveEnterprise(id, e, ctx(actor))),
    listEnterpriseReports: (id) => listEnterpriseReports(db, id),
    assignEnterpriseReports: async (id, req, actor) =>
      outcome(await writer.assignEnterpriseReports(id, req, ctx(actor))),
    routeEnterpriseReport: async (id, reportId, via, actor) =>
      outcome(await writer.routeEnterpriseReport(id, reportId, via, ctx(actor))),
  };
}

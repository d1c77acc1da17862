/**
 * The enterprise roster, the year's enterprise-report assignments and their report documents, for the
 * open year. Writes go through the repository (the data writer); the store reloads what was committed.
 */
import { create } from 'zustand';
import type { Enterprise, EnterpriseReportLink } from '../../../shared/enterprise/enterprise-types';
import type { Report } from '../../../shared/report/report-types';
import type { Result } from '../../../shared/result';
import { repository } from '../../data/repository-instance';
import type { RotationRequest } from '../../data/annex-repository';
import type { Actor } from '../../data/write-outcome';

interface EnterpriseState {
  readonly workspaceId: string | null;
  readonly roster: readonly Enterprise[];
  readonly links: readonly EnterpriseReportLink[];
  readonly reports: ReadonlyMap<string, Report>;
  load(workspaceId: string): Promise<void>;
  save(enterprise: Enterprise, actor: Actor): Promise<Result<void>>;
  assign(req: RotationRequest, actor: Actor): Promise<Result<void>>;
  /** The office names the summary department a report goes through (null: straight to the office). */
  route(reportId: string, via: string | null, actor: Actor): Promise<Result<void>>;
}

export const useEnterpriseStore = create<EnterpriseState>((set, get) => {
  const noYear = { ok: false as const, error: { code: 'no-workspace', message: '没有打开的采集年度。' } };
  async function reload(workspaceId: string): Promise<void> {
    const [roster, links, reports] = await Promise.all([
      repository().listEnterprises(workspaceId),
      repository().listEnterpriseReports(workspaceId),
      repository().listReports(workspaceId),
    ]);
    set({
      workspaceId,
      roster,
      links,
      reports: new Map(reports.filter((r) => r.kind === 'enterprise').map((r) => [r.id, r])),
    });
  }
  return {
    workspaceId: null,
    roster: [],
    links: [],
    reports: new Map(),
    load: reload,
    async save(enterprise, actor) {
      const id = get().workspaceId;
      if (!id) return noYear;
      const r = await repository().saveEnterprise(id, enterprise, actor);
      if (r.ok) await reload(id);
      return r;
    },
    async assign(req, actor) {
      const id = get().workspaceId;
      if (!id) return noYear;
      const r = await repository().assignEnterpriseReports(id, req, actor);
      if (r.ok) await reload(id);
      return r;
    },
    async route(reportId, via, actor) {
      const id = get().workspaceId;
      if (!id) return noYear;
      const r = await repository().routeEnterpriseReport(id, reportId, via, actor);
      if (r.ok) await reload(id);
      return r;
    },
  };
});

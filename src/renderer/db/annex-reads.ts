/** Reads of the annex and enterprise stores (direct, fine inside liveQuery); writes are in annex-writes.ts. */
import Dexie from 'dexie';
import { annexEntrySchema, type AnnexEntry } from '../../shared/annex/annex-entry';
import {
  enterpriseReportLinkSchema,
  enterpriseSchema,
  type Enterprise,
  type EnterpriseReportLink,
} from '../../shared/enterprise/enterprise-types';
import type { StatusDb } from './schema';

const range = (workspaceId: string) =>
  [
    [workspaceId, Dexie.minKey],
    [workspaceId, Dexie.maxKey],
  ] as const;

function strip<T extends { workspaceId: string }>(rec: T): Omit<T, 'workspaceId'> {
  const { workspaceId: _w, ...rest } = rec;
  return rest;
}

/** Entered annex figures; a record that no longer validates is left out rather than shown half. */
export async function listAnnexEntries(db: StatusDb, workspaceId: string): Promise<AnnexEntry[]> {
  const [lo, hi] = range(workspaceId);
  const recs = await db.annexEntries.where(':id').between(lo, hi).toArray();
  return recs.flatMap((r) => {
    const p = annexEntrySchema.safeParse(strip(r));
    return p.success ? [p.data] : [];
  });
}

export async function listEnterprises(db: StatusDb, workspaceId: string): Promise<Enterprise[]> {
  const [lo, hi] = range(workspaceId);
  const recs = await db.enterprises.where(':id').between(lo, hi).toArray();
  return recs.flatMap((r) => {
    const p = enterpriseSchema.safeParse(strip(r));
    return p.success ? [p.data] : [];
  });
}

export async function listEnterpriseReports(
  db: StatusDb,
  workspaceId: string,
): Promise<EnterpriseReportLink[]> {
  const [lo, hi] = range(workspaceId);
  const recs = await db.enterpriseReports.where(':id').between(lo, hi).toArray();
  return recs.flatMap((r) => {
    const p = enterpriseReportLinkSchema.safeParse(strip(r));
    return p.success ? [p.data] : [];
  });
}

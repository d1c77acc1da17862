/** Reads of the annex and enterprise stores (direct, fine inside liveQuery); writes are in annex-writes.ts. */
import Dexie from 'dexie';
import { annexDefSetSchema, currentAnnexDefs, type AnnexDefSet } from '../../shared/annex/annex-defs';
import { annexEntrySchema, type AnnexEntry } from '../../shared/annex/annex-entry';
import type { AnnexTableDef } from '../../shared/annex/annex-types';
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

/** The newest saved version of the annex definitions, if the office ever edited them. */
export async function latestAnnexDefSet(db: StatusDb, workspaceId: string): Promise<AnnexDefSet | undefined> {
  const [lo, hi] = range(workspaceId);
  const last = await db.annexDefs.where(':id').between(lo, hi).last();
  const p = last ? annexDefSetSchema.safeParse(strip(last)) : undefined;
  return p?.success ? p.data : undefined;
}

/** The annex definitions in force: the newest saved version, else the shipped rows. */
export async function loadAnnexDefs(db: StatusDb, workspaceId: string): Promise<readonly AnnexTableDef[]> {
  return currentAnnexDefs(await latestAnnexDefSet(db, workspaceId));
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

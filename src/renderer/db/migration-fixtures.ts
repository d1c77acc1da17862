/**
 * Fixtures of every earlier schema version, for migrations.test.ts (docs/SECURITY.md D7). Each fixture opens a
 * database with that version's schema *as it was* — copied here literally, never imported from
 * schema.ts, so later edits to the history cannot quietly change what "version N" means — and fills it
 * with records in that version's shape. When a schema version is added, the previous current version
 * gets a fixture here.
 */
import Dexie from 'dexie';
import { nextAuditEvent } from '../../shared/audit/audit-chain';
import type { StoredRow } from '../../shared/records/record-types';

export interface MigrationFixture {
  /** Creates the database `name` at this version with fixture data, and closes it. */
  readonly create: (name: string) => Promise<void>;
}

export const FIXTURE_WORKSPACE_ID = '0b6f3c1e-5d1a-4a7e-9a53-3f0d2b1c9e01';

/** 1,205 rows of A1-1 / RSC in two blocks (1,000 + 205), with a stale v1 summary claiming 7 rows. */
export function v1FixtureRows(): StoredRow[] {
  const rows: StoredRow[] = [];
  for (let i = 0; i < 1205; i++) {
    const hex = i.toString(16).padStart(12, '0');
    rows.push({
      id: `00000000-0000-4000-8000-${hex}`,
      values: { xm: `教师${i}`, nl: 30 + (i % 30) },
      by: '张三',
      at: '2025-09-02T08:00:00.000Z',
      src: 'typed',
    });
  }
  return rows;
}

/**
 * Versions 1 to 3 share their data; they differ in the slice summary: v1's had no nextBlockNo/stamp (and
 * this one is stale on purpose), v2's is complete. v3 only adds (empty) tables.
 */
function sharedFixture(
  version: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11,
  slice: Record<string, unknown>,
): MigrationFixture {
  return { create: (name) => createShared(name, version, slice) };
}

const V1_STORES = {
  workspaces: 'id',
  departments: '[workspaceId+code]',
  catalogs: '[workspaceId+version]',
  tasks: '[workspaceId+tableCode]',
  blocks: '[workspaceId+tableCode+departmentCode+blockNo]',
  slices: '[workspaceId+tableCode+departmentCode]',
  audit: '[workspaceId+seq]',
};

/** v3 added the exchange and review tables (empty in the fixture) to v2's. */
const V3_STORES = {
  ...V1_STORES,
  submissions: '[workspaceId+departmentCode+tableCode]',
  rulesets: '[workspaceId+version]',
  keys: '[workspaceId+keyId]',
  trust: '[workspaceId+kind]',
  bundles: '[workspaceId+bundleHash], [workspaceId+receivedAt]',
  sequences: '[workspaceId+keyId+addressee]',
  reviewSnapshots: '[workspaceId+departmentCode+tableCode+level]',
};

/** v4 added the annual report's tables (empty in the fixture) to v3's. */
const V4_STORES = {
  ...V3_STORES,
  reports: '[workspaceId+id]',
  reportChapters: '[workspaceId+reportId+chapterId+version]',
};

/** v5 added the analysis tables (empty in the fixture) to v4's. */
const V5_STORES = {
  ...V4_STORES,
  indicatorSets: '[workspaceId+version]',
  standardSets: '[workspaceId+version]',
  rectifications: '[workspaceId+id]',
};

/** v6 added the report workflow's tables (empty in the fixture) to v5's. */
const V6_STORES = {
  ...V5_STORES,
  reportWorkflows: '[workspaceId+year]',
  chapterWork: '[workspaceId+assignmentId]',
  officeSnapshots: '[workspaceId+takenAt]',
};

/** v7 added the annex and enterprise-report tables (empty in the fixture) to v6's. */
const V7_STORES = {
  ...V6_STORES,
  annexEntries: '[workspaceId+rowId+column]',
  enterprises: '[workspaceId+id]',
  enterpriseReports: '[workspaceId+reportId]',
};

/** v8 added the case library (empty in the fixture) to v7's. */
const V8_STORES = {
  ...V7_STORES,
  caseLibrary: '[workspaceId+id]',
};

/** v9 added the annex definitions (empty in the fixture) to v8's. */
const V9_STORES = {
  ...V8_STORES,
  annexDefs: '[workspaceId+version]',
};

/** v10 added the 校级更正 records (empty in the fixture) to v9's. */
const V10_STORES = {
  ...V9_STORES,
  sliceCorrections: '[workspaceId+id]',
};

/** v11 added the option-list decisions (empty in the fixture) to v10's. */
const V11_STORES = {
  ...V10_STORES,
  catalogMigrations: '[workspaceId+catalogVersion]',
};

const STORES_AT = {
  1: V1_STORES,
  2: V1_STORES,
  3: V3_STORES,
  4: V4_STORES,
  5: V5_STORES,
  6: V6_STORES,
  7: V7_STORES,
  8: V8_STORES,
  9: V9_STORES,
  10: V10_STORES,
  11: V11_STORES,
} as const;

async function createShared(
  name: string,
  version: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11,
  slice: Record<string, unknown>,
): Promise<void> {
  const db = new Dexie(name);
  db.version(version).stores(STORES_AT[version]);
  await db.open();
  const ws = FIXTURE_WORKSPACE_ID;
  const rows = v1FixtureRows();
  await db.table('workspaces').put({ id: ws, name: 'v1 工作区' });
  await db.table('departments').put({
    workspaceId: ws,
    code: 'RSC',
    name: '人事处',
    kind: 'functional',
    builtIn: true,
    infoOfficer: '',
    head: '',
    phone: '',
    sortOrder: 4,
  });
  await db.table('blocks').bulkPut([
    { workspaceId: ws, tableCode: 'A1-1', departmentCode: 'RSC', blockNo: 0, rows: rows.slice(0, 1000) },
    { workspaceId: ws, tableCode: 'A1-1', departmentCode: 'RSC', blockNo: 1, rows: rows.slice(1000) },
  ]);
  await db.table('slices').put({ workspaceId: ws, tableCode: 'A1-1', departmentCode: 'RSC', ...slice });
  const e1 = nextAuditEvent(null, {
    workspaceId: ws,
    at: '2025-09-01T00:00:00.000Z',
    actor: '张三',
    kind: 'workspace.create',
    summary: { name: 'v1 工作区' },
  });
  const e2 = nextAuditEvent(e1, {
    workspaceId: ws,
    at: '2025-09-02T08:00:00.000Z',
    actor: '张三',
    kind: 'rows.commit',
    summary: { table: 'A1-1', rows: 1205 },
  });
  await db.table('audit').bulkPut([e1, e2]);
  db.close();
}

const v1 = sharedFixture(1, {
  rowCount: 7,
  blockCount: 1,
  updatedAt: '2025-09-02T08:00:00.000Z',
  updatedBy: '张三',
});

const COMPLETE_SLICE = {
  rowCount: 1205,
  blockCount: 2,
  nextBlockNo: 2,
  stamp: '5d0c8f8e-3a57-4b1f-9d2a-0c6b1e7f4a21',
  updatedAt: '2025-09-02T08:00:00.000Z',
  updatedBy: '张三',
};

const v2 = sharedFixture(2, COMPLETE_SLICE);
const v3 = sharedFixture(3, COMPLETE_SLICE);
const v4 = sharedFixture(4, COMPLETE_SLICE);
const v5 = sharedFixture(5, COMPLETE_SLICE);
const v6 = sharedFixture(6, COMPLETE_SLICE);
const v7 = sharedFixture(7, COMPLETE_SLICE);
const v8 = sharedFixture(8, COMPLETE_SLICE);
const v9 = sharedFixture(9, COMPLETE_SLICE);
const v10 = sharedFixture(10, COMPLETE_SLICE);
const v11 = sharedFixture(11, COMPLETE_SLICE);

/** Keyed by schema version. */
export const MIGRATION_FIXTURES: Readonly<Record<number, MigrationFixture>> = {
  1: v1,
  2: v2,
  3: v3,
  4: v4,
  5: v5,
  6: v6,
  7: v7,
  8: v8,
  9: v9,
  10: v10,
  11: v11,
};

/**
 * An option-list change reaching a department (real office and department stations, real bundles): the
 * office renames the options of A10-2-1's 性别, maps 男 → 男性 and keeps 女 flagged, without holding any
 * such rows itself. The department's import rewrites its 男 rows in the bundle's own transaction (audited),
 * keeps 女 and reports it as 待修正; a department that already follows the new list is left alone.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import { optionListChanges } from '../../../shared/catalog/option-migration';
import { getAuditEvents } from '../../db/reads';
import { fieldRows, type Station } from './testing/exchange-kit';
import { applySetupBundle, buildSetupBundle } from './setup-service';
import { must, threeStations } from './testing/three-stations';

const TABLE = 'A10-2-1';
const FILLER = { name: '林信息', role: 'filler' } as const;

function renamedSex(c: Catalog): Catalog {
  return {
    ...c,
    version: c.version + 1,
    tables: c.tables.map((t) =>
      t.code !== TABLE
        ? t
        : { ...t, fields: t.fields.map((f) => (f.key === 'sex' ? { ...f, options: ['男性', '女性'] } : f)) },
    ),
  };
}

async function sexes(s: Station): Promise<string[]> {
  const rows = await s.deps.repo.loadAllRows(s.ws.id, TABLE);
  return rows.map((r) => String(r.values.sex)).sort();
}

async function officeChangesOptions(office: Station): Promise<void> {
  const catalog = await office.deps.repo.loadCatalog(office.ws.id);
  const next = renamedSex(catalog);
  // The office holds no A10-2-1 rows, yet it is asked about both dropped options.
  const asked = optionListChanges(catalog, next, () => []);
  expect(asked[0]?.stranded.map((s) => [s.value, s.count])).toEqual([
    ['男', 0],
    ['女', 0],
  ]);
  const migration = { [`${TABLE}.sex`]: { 男: '男性', 女: null } };
  must(await office.deps.repo.saveCatalog(office.ws.id, next, office.acting.actor, migration));
}

async function sendSetup(office: Station, dept: Station) {
  const setup = must(await buildSetupBundle(office.deps, office.acting, await office.state(), 'TW'));
  must(await office.deps.repo.recordBundle(office.ws.id, { bundle: setup.record }, office.acting.actor));
  return must(await applySetupBundle(dept.deps, dept.acting, await dept.state(), setup.bytes, null));
}

describe('a changed option list reaching a department', () => {
  it('rewrites the mapped values in the import’s transaction and flags the rest', async () => {
    const { office, dept } = await threeStations();
    const key = { workspaceId: dept.ws.id, tableCode: TABLE, departmentCode: 'TW' };
    const rows = fieldRows(3, (i) => ({ gradeid: '2023', no: `S00${i}`, sex: i < 2 ? '男' : '女' }));
    must(await dept.deps.repo.commitSlice(key, rows, FILLER, 'typed'));
    await officeChangesOptions(office);

    const before = (await getAuditEvents(dept.db, dept.ws.id)).length;
    const applied = await sendSetup(office, dept);
    expect(applied.payload.optionMigrations).toEqual([
      {
        catalogVersion: (await office.deps.repo.loadCatalog(office.ws.id)).version,
        fields: [
          {
            field: `${TABLE}.sex`,
            changes: [
              { from: '男', to: '男性' },
              { from: '女', to: null },
            ],
          },
        ],
      },
    ]);
    expect(applied.migrated).toEqual({
      mapped: 2,
      frozen: [],
      flaggedValues: [
        { tableCode: TABLE, tableName: '辍学学生明细表', fieldLabel: '性别', value: '女', count: 1 },
      ],
    });
    expect(await sexes(dept)).toEqual(['女', '男性', '男性']);
    // Catalog, rows and their audit come as one write: both events share the transaction's time.
    const events = (await getAuditEvents(dept.db, dept.ws.id)).slice(before);
    expect(events.map((e) => e.kind)).toEqual(['bundle.setup', 'catalog.migrate']);
    expect(events[1]?.at).toBe(events[0]?.at);
    expect(events[1]?.summary).toMatchObject({ via: 'setup', rows: 2, mapped: 2, flagged: 1 });
    const rowsAfter = await dept.deps.repo.loadAllRows(dept.ws.id, TABLE);
    expect(
      rowsAfter.filter((r) => r.values.sex === '男性').every((r) => r.by === dept.acting.actor.name),
    ).toBe(true);
  });

  it('leaves a department alone whose values already fit, and applies nothing twice', async () => {
    const { office, dept } = await threeStations();
    const key = { workspaceId: dept.ws.id, tableCode: TABLE, departmentCode: 'TW' };
    await officeChangesOptions(office);
    const first = await sendSetup(office, dept);
    expect(first.migrated).toBeNull();
    // Filled after the change, with the new options: a later setup bundle must not touch them.
    must(
      await dept.deps.repo.commitSlice(
        key,
        fieldRows(1, () => ({ no: 'S1', sex: '男性' })),
        FILLER,
        'typed',
      ),
    );
    const catalog = await office.deps.repo.loadCatalog(office.ws.id);
    const tables = catalog.tables.map((t) => (t.code === TABLE ? { ...t, name: `${t.name}（修订）` } : t));
    const relabelled = { ...catalog, version: catalog.version + 1, tables };
    must(await office.deps.repo.saveCatalog(office.ws.id, relabelled, office.acting.actor));
    const second = await sendSetup(office, dept);
    expect(second.migrated).toBeNull();
    expect((await dept.deps.repo.loadCatalog(dept.ws.id)).tables.find((t) => t.code === TABLE)?.name).toMatch(
      /（修订）$/,
    );
    expect(await sexes(dept)).toEqual(['男性']);
  });
});

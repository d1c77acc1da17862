/**
 * A later setup bundle ("A later setup bundle (catalog change, new deadline) updates
 * the station the same way"): the office moves a task's deadline, the year's review deadlines and a
 * catalog field's label, exports again; the department's import updates its tasks, year dates and
 * catalog in one transaction, keeps its own name for the year, and the same bundle again is a no-op.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applySetupBundle, buildSetupBundle, inspectSetup } from './setup-service';
import { must, threeStations } from './testing/three-stations';

describe('a later setup bundle', () => {
  it('updates the department station’s tasks, deadlines and catalog like the first one did', async () => {
    const { office, dept } = await threeStations();
    const officeWs = (await office.deps.repo.listWorkspaces()).find((w) => w.id === office.ws.id)!;
    const tasks = await office.deps.repo.loadTasks(office.ws.id);
    const moved = tasks.map((t) => (t.tableCode === 'A10-3' ? { ...t, deadline: '20251120' } : t));
    must(await office.deps.repo.saveTasks(office.ws.id, moved, office.acting.actor));
    const newDeadlines = { ...officeWs.deadlines, departmentReview: '20251125', schoolReview: '20251215' };
    must(
      await office.deps.repo.updateWorkspace({ ...officeWs, deadlines: newDeadlines }, office.acting.actor),
    );
    const catalog = await office.deps.repo.loadCatalog(office.ws.id);
    const relabelled = {
      ...catalog,
      version: catalog.version + 1,
      tables: catalog.tables.map((t) => (t.code === 'A10-3' ? { ...t, name: `${t.name}（修订）` } : t)),
    };
    must(await office.deps.repo.saveCatalog(office.ws.id, relabelled, office.acting.actor));

    const setup = must(
      await buildSetupBundle(
        office.deps,
        { ...office.acting, workspace: { ...officeWs, deadlines: newDeadlines } },
        await office.state(),
        'TW',
      ),
    );
    const inspection = must(await inspectSetup(dept.deps, await dept.state(), setup.bytes));
    expect(inspection.kind).toBe('update');
    const deptWsBefore = (await dept.deps.repo.listWorkspaces()).find((w) => w.id === dept.ws.id)!;
    const applied = must(
      await applySetupBundle(dept.deps, dept.acting, await dept.state(), setup.bytes, null),
    );
    expect(applied.status).toBe('applied');

    const deptTasks = await dept.deps.repo.loadTasks(dept.ws.id);
    expect(deptTasks.find((t) => t.tableCode === 'A10-3')?.deadline).toBe('20251120');
    const deptWs = (await dept.deps.repo.listWorkspaces()).find((w) => w.id === dept.ws.id)!;
    expect(deptWs.deadlines).toEqual(newDeadlines);
    expect(deptWs.name).toBe(deptWsBefore.name);
    expect(
      (await dept.deps.repo.loadCatalog(dept.ws.id)).tables.find((t) => t.code === 'A10-3')?.name,
    ).toMatch(/（修订）$/);
    const st = await dept.state();
    expect(st.bundles.filter((b) => b.kind === 'setup' && b.direction === 'received')).toHaveLength(2);

    const again = must(await applySetupBundle(dept.deps, dept.acting, await dept.state(), setup.bytes, null));
    expect(again.status).toBe('already');
  });
});

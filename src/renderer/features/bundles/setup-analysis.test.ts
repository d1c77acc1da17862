/**
 * The setup bundle carries the office's validation rules, indicators and standards: a department that
 * imports it checks and benchmarks its tables as the office does (before, the rules stayed behind).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { withIndicator } from '../../../shared/indicators/indicator-edit';
import { applySetupBundle, buildSetupBundle } from './setup-service';
import { must, threeStations } from './testing/three-stations';

describe('a setup bundle with the office’s rules, indicators and standards', () => {
  it('brings them to the department as its next versions, once', async () => {
    const { office, dept } = await threeStations();
    const officeWs = (await office.deps.repo.listWorkspaces()).find((w) => w.id === office.ws.id)!;
    const rules = await office.deps.repo.loadRuleset(officeWs);
    const tightened = {
      ...rules,
      version: rules.version + 1,
      rules: rules.rules.map((r) => (r.id === 'bench.student-teacher-ratio' ? { ...r, right: '16' } : r)),
    };
    must(await office.deps.repo.saveRuleset(office.ws.id, tightened, { name: '督导室', role: 'supervisor' }));
    const standards = await office.deps.repo.loadStandardSet(officeWs);
    must(
      await office.deps.repo.saveStandardSet(
        office.ws.id,
        {
          ...standards,
          version: 2,
          category: 'engineering',
          targets: [{ indicatorId: 'basic.student-teacher-ratio', value: 15, note: '规划' }],
        },
        office.acting.actor,
      ),
    );

    // An indicator the office edited travels too (its next version at the department).
    const indicatorsAtOffice = await office.deps.repo.loadIndicatorSet(officeWs);
    const ratio = indicatorsAtOffice.indicators.find((d) => d.id === 'basic.student-teacher-ratio')!;
    must(
      await office.deps.repo.saveIndicatorSet(
        office.ws.id,
        withIndicator(indicatorsAtOffice, { ...ratio, name: '生师比（学校口径）', precision: 1 }),
        office.acting.actor,
      ),
    );

    const setup = must(
      await buildSetupBundle(
        office.deps,
        { ...office.acting, workspace: officeWs },
        await office.state(),
        'TW',
      ),
    );
    must(await applySetupBundle(dept.deps, dept.acting, await dept.state(), setup.bytes, null));

    const deptWs = (await dept.deps.repo.listWorkspaces()).find((w) => w.id === dept.ws.id)!;
    const deptRules = await dept.deps.repo.loadRuleset(deptWs);
    expect(deptRules.rules.find((r) => r.id === 'bench.student-teacher-ratio')?.right).toBe('16');
    const deptStandards = await dept.deps.repo.loadStandardSet(deptWs);
    expect(deptStandards).toMatchObject({ category: 'engineering', targets: [{ value: 15 }] });
    const indicators = await dept.deps.repo.loadIndicatorSet(deptWs);
    expect(indicators.indicators.length).toBeGreaterThanOrEqual(25);
    expect(indicators.version).toBe(2);
    expect(indicators.indicators.find((d) => d.id === 'basic.student-teacher-ratio')).toMatchObject({
      name: '生师比（学校口径）',
      precision: 1,
    });
    const versions = (await dept.deps.repo.listRulesetVersions(dept.ws.id)).map((v) => v.version);
    expect(versions).toEqual([1, 2]);
  });
});

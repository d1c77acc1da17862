/**
 * Entered annex figures of a department that sends only through a summary department, through the real
 * export and import paths on IndexedDB (docs/SECURITY.md B14): TW's figure rides in its data bundle to
 * XGC, XGC's forward carries TW's signed original unchanged, and the office stores the figure as TW's.
 * XGC cannot change TW's figure, add one in TW's name, bring back an older one, or take a cell TW owns;
 * an original whose department now sends its figures directly is refused. Every refusal leaves the
 * office's database unchanged.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ANNEX_BUNDLE_ENTRY, annexBundleEntryBytes } from '../../../shared/annex/annex-bundle-entry';
import type { AnnexEntry } from '../../../shared/annex/annex-entry';
import type { BundleFileInput } from '../../../shared/bundle/bundle-writer';
import { ORIGINAL_PREFIX } from '../../../shared/bundle/forward';
import { bytes, rezip, text } from '../../../shared/bundle/testing/rezip';
import { contributingDepartments, type TaskAssignment } from '../../../shared/tasks/task-types';
import { listAnnexEntries } from '../../db/annex-reads';
import { buildDataBundle, buildForwardBundle, planForwardNow } from './data-export';
import { buildOutgoing } from './outgoing';
import { importAt, income, TW_FILLER } from './testing/annex-kit';
import type { Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

let office: Station;
let summary: Station;
let dept: Station;

const XGC_USER = { name: '许信息', role: 'filler' } as const;

/** Every table TW fills goes through XGC: TW sends the office nothing directly. */
const twThroughXgc = (tasks: TaskAssignment[]): TaskAssignment[] =>
  tasks.map((t) =>
    contributingDepartments(t).includes('TW') && t.summaryDepartment === null
      ? { ...t, summaryDepartment: 'XGC' }
      : t,
  );

/** TW's real data bundle to XGC, recorded as sent, imported at XGC; returns its bytes. */
async function twToXgc(): Promise<Uint8Array> {
  const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'XGC'));
  must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: out.record }, dept.acting.actor));
  const r = await importAt(summary, out.bytes);
  expect(r).toMatchObject({ ok: true });
  return out.bytes;
}

/** XGC's real forward to the office, recorded as sent. */
async function forward(): Promise<Uint8Array> {
  const out = must(await buildForwardBundle(summary.deps, summary.acting, await summary.state()));
  must(await summary.deps.repo.recordBundle(summary.ws.id, { bundle: out.record }, summary.acting.actor));
  return out.bytes;
}

/** A forward XGC's key signs over files it chose: what a summary station could send if it tried. */
async function forgedForward(edit: (files: BundleFileInput[]) => BundleFileInput[]): Promise<Uint8Array> {
  const plan = must(await planForwardNow(summary.deps, summary.ws, await summary.state()));
  const out = must(
    await buildOutgoing(summary.deps, summary.acting, await summary.state(), {
      kind: 'forward',
      addressee: 'OFFICE',
      files: edit(plan.files),
    }),
  );
  return out.bytes;
}

const annexFile = (entries: readonly unknown[]): BundleFileInput => ({
  path: ANNEX_BUNDLE_ENTRY,
  bytes: annexBundleEntryBytes(entries as AnnexEntry[]),
});
const held = (s: Station): Promise<AnnexEntry[]> => listAnnexEntries(s.db, s.ws.id);

beforeEach(async () => {
  ({ office, summary, dept } = await threeStations(twThroughXgc));
  must(await dept.deps.repo.saveAnnexEntry(dept.ws.id, income(), TW_FILLER));
}, 60_000);

describe('annex figures relayed through a summary department', () => {
  it('TW → XGC → office: the figure arrives unchanged, owned by TW; XGC only forwards it', async () => {
    const sent = await twToXgc();
    expect(sent.length).toBeGreaterThan(0);
    expect(await held(summary)).toEqual([]);
    const r = await importAt(office, await forward());
    expect(r).toMatchObject({ ok: true, figures: 1 });
    // Exactly what TW typed (value, source, evidence, who and when), as TW's, 已填报.
    const typed = await held(dept);
    expect(typed).toHaveLength(1);
    expect(await held(office)).toEqual(typed);
    const audit = await office.db.audit.toArray();
    expect(audit.find((a) => a.kind === 'annex.receive')?.summary).toMatchObject({
      sender: 'XGC',
      owners: ['TW'],
    });
  });

  it('XGC’s own figures ride beside the originals; TW’s and XGC’s arrive under their owners', async () => {
    await twToXgc();
    const own = income({ rowId: 'scorecard.relevance', departmentCode: 'XGC', value: 76.5 });
    must(await summary.deps.repo.saveAnnexEntry(summary.ws.id, own, XGC_USER));
    expect(await importAt(office, await forward())).toMatchObject({ ok: true, figures: 2 });
    const owners = (await held(office)).map((e) => `${e.rowId}:${e.departmentCode}`).sort();
    expect(owners).toEqual(['scorecard.monthly-income:TW', 'scorecard.relevance:XGC']);
  });

  it('XGC changing TW’s figure inside the original is refused (TW’s signature), office unchanged', async () => {
    await twToXgc();
    const forged = await forgedForward((files) =>
      files.map((f) =>
        f.path.startsWith(ORIGINAL_PREFIX)
          ? {
              ...f,
              bytes: rezip(f.bytes, (es) =>
                es.map((e) =>
                  e.name === ANNEX_BUNDLE_ENTRY
                    ? { ...e, bytes: bytes(text(e.bytes).replace('4820', '9820')) }
                    : e,
                ),
              ),
            }
          : f,
      ),
    );
    const r = await importAt(office, forged);
    expect(r).toMatchObject({ ok: false, changed: false });
    expect(r.message).toContain('原始数据包未通过校验');
  });

  it('XGC adding a figure in TW’s name beside the originals is refused, office unchanged', async () => {
    await twToXgc();
    const [twFigure] = await listAnnexEntries(dept.db, dept.ws.id);
    const inTwName = { ...twFigure!, rowId: 'scorecard.relevance' };
    const r = await importAt(office, await forgedForward((files) => [...files, annexFile([inTwName])]));
    expect(r).toMatchObject({ ok: false, changed: false });
    expect(r.message).toContain('不是学生工作处填报的数值');
  });

  it('XGC cannot take a cell TW owns: in the same forward or after the office holds TW’s', async () => {
    await twToXgc();
    const mine = { ...(await listAnnexEntries(dept.db, dept.ws.id))[0]!, departmentCode: 'XGC' };
    const both = await importAt(office, await forgedForward((files) => [...files, annexFile([mine])]));
    expect(both).toMatchObject({ ok: false, changed: false });
    expect(both.message).toContain('同时由学生工作处和团委会填报');
    expect((await importAt(office, await forward())).ok).toBe(true);
    // Without TW's original beside it, XGC's claim meets the figure the office now holds as TW's.
    const alone = await forgedForward((files) => [
      ...files.filter((f) => !f.path.startsWith(ORIGINAL_PREFIX)),
      annexFile([mine]),
    ]);
    const later = await importAt(office, alone);
    expect(later).toMatchObject({ ok: false, changed: false });
    expect(later.message).toContain('由团委会填报，学生工作处不能替换');
  });

  it('XGC cannot bring back TW’s older figure once the office holds a newer one', async () => {
    const first = await twToXgc();
    expect((await importAt(office, await forward())).ok).toBe(true);
    must(await dept.deps.repo.saveAnnexEntry(dept.ws.id, income({ value: 5010 }), TW_FILLER));
    await twToXgc();
    expect((await importAt(office, await forward())).ok).toBe(true);
    const replayed = await forgedForward((files) =>
      files.map((f) =>
        f.path.startsWith(ORIGINAL_PREFIX) ? { path: `${ORIGINAL_PREFIX}TW-1.sdd`, bytes: first } : f,
      ),
    );
    const r = await importAt(office, replayed);
    expect(r).toMatchObject({ ok: false, changed: false });
    expect(r.message).toContain(`汇总转报包中 ${ORIGINAL_PREFIX}TW-1.sdd 的原始数据包`);
    expect((await held(office))[0]?.entry.value).toBe(5010);
  });

  it('an original whose department now sends its figures to the office directly is refused', async () => {
    await twToXgc();
    // The office gives TW a table of its own straight to the office: TW's figures now travel that way.
    const tasks = await office.deps.repo.loadTasks(office.ws.id);
    const direct = tasks.find(
      (t) => t.summaryDepartment === null && !contributingDepartments(t).includes('TW'),
    )!;
    const retasked = tasks.map((t) =>
      t === direct ? { ...t, cooperatingDepartments: [...t.cooperatingDepartments, 'TW'] } : t,
    );
    must(await office.deps.repo.saveTasks(office.ws.id, retasked, office.acting.actor));
    const r = await importAt(office, await forward());
    expect(r).toMatchObject({ ok: false, changed: false });
    expect(r.message).toContain('团委会的附表填报数值应直接报送督导室，不能由学生工作处转报');
  });
});

/**
 * Entered annex figures travel through the real export and import paths on IndexedDB (docs/SECURITY.md
 * B13): TW types a survey figure, its data bundle carries it to the office, the office approves it, and
 * the same figure sent again stays approved. Figures in another department's name, carrying a review, or
 * replacing the office's own figure are refused whole with the database unchanged; a changed entry and a
 * replayed bundle are refused by the common verify order.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ANNEX_BUNDLE_ENTRY, annexBundleEntryBytes } from '../../../shared/annex/annex-bundle-entry';
import type { AnnexEntry } from '../../../shared/annex/annex-entry';
import { canonicalJson } from '../../../shared/canonical-json';
import { bytes, rezip, text, unpack } from '../../../shared/bundle/testing/rezip';
import { listAnnexEntries } from '../../db/annex-reads';
import { buildDataBundle } from './data-export';
import { buildOutgoing } from './outgoing';
import { importAt, income, TW_FILLER } from './testing/annex-kit';
import type { Station } from './testing/exchange-kit';
import { must, threeStations } from './testing/three-stations';

let office: Station;
let dept: Station;

const OFFICE_USER = { name: '吴督导', role: 'supervisor' } as const;

/** TW's real data bundle to the office, recorded as sent so the next one chains onto it. */
async function sendFromTw(): Promise<Uint8Array> {
  const out = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE'));
  must(await dept.deps.repo.recordBundle(dept.ws.id, { bundle: out.record }, dept.acting.actor));
  return out.bytes;
}

/** A bundle TW's key signs with its real tables and a hand-made annex entry. */
async function forgedFromTw(entries: readonly unknown[]): Promise<Uint8Array> {
  const real = must(await buildDataBundle(dept.deps, dept.acting, await dept.state(), 'OFFICE'));
  const annex = new TextEncoder().encode(canonicalJson({ format: 'annex-entries', version: 1, entries }));
  const unpacked = new Map(unpack(real.bytes).map((e) => [e.name, e.bytes]));
  const files = [
    ...real.manifest.files
      .filter((f) => f.path.startsWith('tables/'))
      .map((f) => ({
        path: f.path,
        bytes: unpacked.get(f.path)!,
        ...(f.rows === undefined ? {} : { rows: f.rows }),
      })),
    { path: ANNEX_BUNDLE_ENTRY, bytes: annex },
  ];
  const out = must(
    await buildOutgoing(dept.deps, dept.acting, await dept.state(), {
      kind: 'data',
      addressee: 'OFFICE',
      files,
    }),
  );
  return out.bytes;
}

const importAtOffice = (b: Uint8Array) => importAt(office, b);

const held = async (): Promise<AnnexEntry[]> => listAnnexEntries(office.db, office.ws.id);

beforeEach(async () => {
  ({ office, dept } = await threeStations());
  must(await dept.deps.repo.saveAnnexEntry(dept.ws.id, income(), TW_FILLER));
}, 60_000);

describe('annex figures in data bundles', () => {
  it('TW → office: the figure arrives with its source and evidence, as 已填报, owned by TW', async () => {
    const r = await importAtOffice(await sendFromTw());
    expect(r).toMatchObject({ ok: true, figures: 1 });
    expect(await held()).toEqual([
      expect.objectContaining({
        rowId: 'scorecard.monthly-income',
        departmentCode: 'TW',
        state: 'submitted',
        entry: expect.objectContaining({
          value: 4820,
          source: '2025届毕业生跟踪调查报告',
          evidence: '调查报告.pdf',
        }),
      }),
    ]);
  });

  it('an approved figure sent again unchanged stays approved; a changed one goes back to 已填报', async () => {
    expect((await importAtOffice(await sendFromTw())).ok).toBe(true);
    must(
      await office.deps.repo.reviewAnnexEntry(
        office.ws.id,
        'scorecard.monthly-income',
        1,
        { kind: 'approve' },
        OFFICE_USER,
      ),
    );
    expect((await importAtOffice(await sendFromTw())).ok).toBe(true);
    expect((await held())[0]?.state).toBe('approved');
    must(await dept.deps.repo.saveAnnexEntry(dept.ws.id, income({ value: 5010 }), TW_FILLER));
    expect((await importAtOffice(await sendFromTw())).ok).toBe(true);
    expect((await held())[0]).toMatchObject({ state: 'submitted', entry: { value: 5010 } });
  });

  it('a figure in another department’s name is refused whole, database unchanged', async () => {
    const [mine] = await listAnnexEntries(dept.db, dept.ws.id);
    const r = await importAtOffice(await forgedFromTw([{ ...mine!, departmentCode: 'XGC' }]));
    expect(r).toMatchObject({ ok: false, changed: false });
    expect(r.message).toContain('不是团委会填报的数值');
  });

  it('a figure that claims the office’s approval is refused whole, database unchanged', async () => {
    const [mine] = await listAnnexEntries(dept.db, dept.ws.id);
    const forged = { ...mine!, state: 'approved', review: { by: '唐信息', at: 'x', note: '' } };
    const r = await importAtOffice(await forgedFromTw([forged]));
    expect(r).toMatchObject({ ok: false, changed: false });
    expect(r.message).toContain('审核只能由督导室进行');
  });

  it('a figure the office typed itself is not replaced by a department’s, database unchanged', async () => {
    must(
      await office.deps.repo.saveAnnexEntry(
        office.ws.id,
        income({ departmentCode: '', value: 1 }),
        OFFICE_USER,
      ),
    );
    const r = await importAtOffice(await sendFromTw());
    expect(r).toMatchObject({ ok: false, changed: false });
    expect(r.message).toContain('由督导室填报');
  });

  it('an entry changed after signing is refused, and the same bundle replayed is a no-op', async () => {
    const signed = await sendFromTw();
    const tampered = rezip(signed, (es) =>
      es.map((e) =>
        e.name === ANNEX_BUNDLE_ENTRY
          ? { name: e.name, bytes: bytes(text(e.bytes).replace('4820', '9820')) }
          : e,
      ),
    );
    const r = await importAtOffice(tampered);
    expect(r).toMatchObject({ ok: false, changed: false });
    expect(r.message).toContain(ANNEX_BUNDLE_ENTRY);
    expect((await importAtOffice(signed)).ok).toBe(true);
    const again = await importAtOffice(signed);
    expect(again.changed).toBe(false);
  });

  it('the entry writer sends only 已填报 copies without a review', () => {
    const text2 = new TextDecoder().decode(
      annexBundleEntryBytes([
        {
          rowId: 'a',
          column: 0,
          departmentCode: 'TW',
          entry: { value: 1, source: 's', evidence: '', enteredBy: 'u', enteredAt: 't' },
          state: 'approved',
          review: { by: 'x', at: 'y', note: '' },
        },
      ]),
    );
    expect(text2).toContain('"state":"submitted"');
    expect(text2).toContain('"review":null');
  });
});

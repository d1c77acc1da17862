/** Test kit for annex figures in bundles: TW's survey figure and an import that reports what it changed. */
import type { AnnexEntryInput } from '../../../../shared/annex/annex-entry';
import { commitDataBundle } from '../data-commit';
import { previewDataBundle } from '../data-import';
import { dbHash, type Station } from './exchange-kit';

export const TW_FILLER = { name: '唐信息', role: 'filler' } as const;

/** 月收入 of the 本届 column, typed by TW from the graduate survey. */
export const income = (over: Partial<AnnexEntryInput> = {}): AnnexEntryInput => ({
  rowId: 'scorecard.monthly-income',
  column: 1,
  departmentCode: 'TW',
  value: 4820,
  source: '2025届毕业生跟踪调查报告',
  evidence: '调查报告.pdf',
  ...over,
});

/** Preview and commit a data or forward bundle at `s`; whether the database changed and the figures counted. */
export async function importAt(s: Station, b: Uint8Array) {
  const before = await dbHash(s.db);
  const p = await previewDataBundle(s.deps, s.ws, await s.state(), b);
  const r = p.ok ? await commitDataBundle(s.deps, s.acting, p.value) : p;
  return {
    ok: r.ok,
    message: r.ok ? '' : r.error.message,
    changed: (await dbHash(s.db)) !== before,
    figures: p.ok ? p.value.annexFigures : 0,
  };
}

/**
 * docs/SECURITY.md C10–C12: a chapter relayed through a summary department. 教务处 (JWC) signs its
 * chapter to 学工处 (XGC, the summary department the assignment names); XGC reviews it and relays it to
 * the office under its own signature with JWC's bundle inside, unchanged. The office verifies both
 * layers; a forged, rerouted or altered relay is refused with its code and Chinese message.
 */
import { describe, expect, it } from 'vitest';
import { testKeys } from '../bundle/testing/bundle-fixtures';
import { bytes, rezip, text } from '../bundle/testing/rezip';
import type { ChapterRelayPayload, ChapterSubmission } from './chapter-payload';
import { relayFiles } from './chapter-relay';
import { assignmentOf, workOf } from './testing/chapter-fixtures';
import { chapterBundle, chapterStation, submission } from './testing/chapter-station';

const k = testKeys();
const SUMMARY = { sender: { stationRole: 'summary', departmentCode: 'XGC' } } as const;
const viaXgc = (via: string | null = 'XGC', state: 'drafting' | 'returned' = 'drafting', revision = 0) =>
  workOf({ assignment: assignmentOf({ via }), state, revision });

/** JWC's chapter as it leaves JWC: addressed to XGC. */
function original(s: Partial<ChapterSubmission> = {}, seq = 1) {
  return chapterBundle(submission(s), { addressee: 'XGC', seq }).bytes;
}

function review(over: Partial<ChapterRelayPayload> = {}): ChapterRelayPayload {
  return {
    format: 'sdd-chapter',
    version: 1,
    from: 'relay',
    assignmentId: 'as-students',
    revision: 1,
    reviewedBy: '吴科长',
    reviewedAt: '2026-04-02T08:00:00.000Z',
    note: '已核对数据',
    ...over,
  };
}

/** XGC's relay of `inner` to the office (signed by the XGC summary key unless told otherwise). */
function relay(inner: Uint8Array, over: Partial<ChapterRelayPayload> = {}, seq = 1, signer = k.summary) {
  const payload = review(over);
  const files = relayFiles(payload, { departmentCode: 'JWC', seq: 1, bytes: inner });
  const fields =
    signer === k.summary
      ? { ...SUMMARY, seq }
      : { seq, sender: { stationRole: 'department' as const, departmentCode: 'RSC' } };
  return chapterBundle(payload, fields, signer, files).bytes;
}

describe('docs/SECURITY.md C10–C12: chapters relayed through a summary department', () => {
  it('the summary department takes the chapter it relays; the office takes the relay with the original checked', () => {
    const xgc = chapterStation([viaXgc()], 'XGC', 'XGC', 'summary');
    expect(xgc.importBundle(original()).code).toBe('ok');
    const office = chapterStation([viaXgc()]);
    const b = relay(original());
    expect(office.importBundle(b).code).toBe('ok');
    expect(office.importBundle(b).code).toBe('already-imported');
  });

  it('C10: refuses a forged relay — no original, one the summary department signed itself, or a department key relaying', () => {
    const office = chapterStation([viaXgc()]);
    const bare = chapterBundle(review(), SUMMARY, k.summary).bytes;
    expect(office.importBundle(bare)).toMatchObject({
      code: 'chapter-relay',
      message: '转报的章节须附且只附一份部门签名的原始章节包，已拒绝。',
    });
    const selfSigned = chapterBundle(submission(), { ...SUMMARY, addressee: 'XGC' }, k.summary).bytes;
    expect(chapterStation([viaXgc()]).importBundle(relay(selfSigned))).toMatchObject({
      code: 'chapter-relay',
      message: '转报的章节原件不能是汇总部门自己签发的，已拒绝。',
    });
    const fromDept = relay(original(), {}, 1, k.rsc);
    expect(chapterStation([viaXgc()]).importBundle(fromDept)).toMatchObject({
      code: 'chapter-relay',
      message: '转报的章节只能由汇总部门转报，已拒绝。',
    });
    // Another department's chapter for JWC's assignment, relayed: the original's signer is not the assignee.
    const rscOriginal = chapterBundle(
      submission(),
      { addressee: 'XGC', sender: { stationRole: 'department', departmentCode: 'RSC' } },
      k.rsc,
    ).bytes;
    expect(chapterStation([viaXgc()]).importBundle(relay(rscOriginal)).code).toBe('chapter-unassigned');
  });

  it('C11: refuses a relay by a station not on the route the office set', () => {
    expect(chapterStation([viaXgc('TWH')]).importBundle(relay(original()))).toMatchObject({
      code: 'chapter-route',
      message: '“学生发展”应经TWH汇总，XGC不能转报，已拒绝。',
    });
    expect(chapterStation([viaXgc(null)]).importBundle(relay(original()))).toMatchObject({
      code: 'chapter-route',
      message: '“学生发展”应由JWC直接报送，XGC不能转报，已拒绝。',
    });
    // The original was addressed to the office, not to the summary department relaying it.
    const direct = chapterBundle(submission(), { seq: 1 }).bytes;
    expect(chapterStation([viaXgc()]).importBundle(relay(direct)).code).toBe('wrong-addressee');
    // A summary department that is not on the route cannot take the department's chapter either.
    const twh = chapterStation([viaXgc('TWH')], 'XGC', 'XGC', 'summary');
    expect(twh.importBundle(original()).code).toBe('chapter-route');
  });

  it('C12: refuses a relayed chapter changed after the department signed it, or a review of another revision', () => {
    const tampered = rezip(original(), (entries) =>
      entries.map((e) =>
        e.name === 'files/chapter.json'
          ? { name: e.name, bytes: bytes(text(e.bytes).replace('稳定', '大增')) }
          : e,
      ),
    );
    const r = chapterStation([viaXgc()]).importBundle(relay(tampered));
    expect(r.code).toBe('file-altered');
    expect(r.message).toContain('转报的章节中 files/orig-chapter-JWC-1.sdd 的部门原件未通过校验');
    expect(chapterStation([viaXgc()]).importBundle(relay(original(), { revision: 2 }))).toMatchObject({
      code: 'chapter-relay',
      message: '转报的章节审核记录（第 2 稿）与所附原件（第 1 稿）不符，已拒绝。',
    });
  });

  it('refuses an older relayed chapter than the one held, by revision and by the original’s sequence', () => {
    const held = chapterStation([viaXgc('XGC', 'returned', 2)]);
    expect(held.importBundle(relay(original({ revision: 2 }), { revision: 2 })).code).toBe('chapter-older');
    const office = chapterStation([viaXgc('XGC', 'returned', 0)]);
    expect(office.importBundle(relay(original({ revision: 2 }, 2), { revision: 2 }, 1)).code).toBe('ok');
    expect(office.importBundle(relay(original({ revision: 1 }, 1), { revision: 1 }, 2)).code).toBe('replay');
  });
});

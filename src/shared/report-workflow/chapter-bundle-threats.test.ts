/**
 * docs/SECURITY.md C1–C8 at the pure level: a chapter bundle goes through the same verification as every
 * bundle (runVerifyOp, as the verify Worker runs it), then the chapter checks. Each hostile input is
 * refused with its stable code and Chinese message.
 */
import { describe, expect, it } from 'vitest';
import { testKeys, YEAR_ID } from '../bundle/testing/bundle-fixtures';
import { bytes, rezip, text } from '../bundle/testing/rezip';
import type { ChapterPayload } from './chapter-payload';
import type { ChapterWork } from './chapter-types';
import { assignmentOf, chapterDoc, pngDataUrl, workOf } from './testing/chapter-fixtures';
import { chapterBundle, chapterStation, submission } from './testing/chapter-station';

const k = testKeys();
const station = (held: readonly ChapterWork[] = [workOf()], here = 'OFFICE', dept = 'DDS') =>
  chapterStation(held, here, dept);

describe('docs/SECURITY.md C1–C8: chapter bundles', () => {
  it('accepts the assigned department’s approved chapter, and the same bundle again is a no-op', () => {
    const office = station();
    const b = chapterBundle(submission()).bytes;
    expect(office.importBundle(b).code).toBe('ok');
    expect(office.importBundle(b).code).toBe('already-imported');
  });

  it('C1: refuses a chapter from a department it was not assigned to', () => {
    const office = station();
    const b = chapterBundle(
      submission(),
      { sender: { stationRole: 'department', departmentCode: 'RSC' } },
      k.rsc,
    ).bytes;
    expect(office.importBundle(b)).toMatchObject({
      code: 'chapter-unassigned',
      message: '“学生发展”分配给了JWC，RSC不能提交该章节，已拒绝。',
    });
    const unknown = chapterBundle(submission({ assignmentId: 'as-other' })).bytes;
    expect(station().importBundle(unknown).code).toBe('chapter-unassigned');
  });

  it('C2: refuses an older chapter than the one held, by revision and by sequence', () => {
    const held = station([workOf({ state: 'returned', revision: 2 })]);
    expect(held.importBundle(chapterBundle(submission({ revision: 2 })).bytes)).toMatchObject({
      code: 'chapter-older',
      message: '收到的“学生发展”是第 2 稿，不新于本站已有的第 2 稿，已拒绝。',
    });
    const office = station([workOf({ state: 'returned', revision: 0 })]);
    const newer = chapterBundle(submission({ revision: 2 }), { seq: 2 }).bytes;
    const older = chapterBundle(submission({ revision: 1 }), { seq: 1 }).bytes;
    expect(office.importBundle(newer).code).toBe('ok');
    expect(office.importBundle(older).code).toBe('replay');
  });

  it('C3: refuses images over the limits or not what they claim to be', () => {
    const image = (src: string) => ({ type: 'image', attrs: { src, alt: null, title: null, caption: '' } });
    const big = chapterBundle(
      submission({ content: chapterDoc('x', [image(pngDataUrl(2 * 1024 * 1024 + 8))]) }),
    );
    expect(station().importBundle(big.bytes)).toMatchObject({
      code: 'chapter-images',
      message: '第 1 张图片超过单张 2.0 MB 的上限，已拒绝。',
    });
    const many = chapterBundle(
      submission({
        content: chapterDoc(
          'x',
          Array.from({ length: 25 }, () => image(pngDataUrl(64))),
        ),
      }),
    );
    expect(station().importBundle(many.bytes).message).toBe('章节包含 25 张图片，超过 24 张的上限，已拒绝。');
    const fake = `data:image/png;base64,${btoa('<svg onload=alert(1)>')}`;
    expect(
      station().importBundle(chapterBundle(submission({ content: chapterDoc('x', [image(fake)]) })).bytes)
        .code,
    ).toBe('chapter-images');
  });

  it('C4: the payload’s shape is bound to the signer: assignments only from the office key', () => {
    const forged: ChapterPayload = {
      format: 'sdd-chapter',
      version: 1,
      from: 'office',
      assignments: [assignmentOf()],
      snapshot: null,
      decisions: [],
    };
    const dept = station([], 'JWC', 'JWC');
    const fromRsc = chapterBundle(
      forged,
      { sender: { stationRole: 'department', departmentCode: 'RSC' }, addressee: 'JWC' },
      k.rsc,
    );
    expect(dept.importBundle(fromRsc.bytes)).toMatchObject({
      code: 'chapter-signer',
      message: '章节分工和审阅意见只能由督导室签发，已拒绝。',
    });
    const fromOffice = chapterBundle(
      forged,
      { sender: { stationRole: 'office', departmentCode: 'DDS' }, addressee: 'JWC' },
      k.office,
    );
    expect(station([], 'JWC', 'JWC').importBundle(fromOffice.bytes).code).toBe('ok');
  });

  it('C5: refuses a chapter that skips the summary department the office routed it through', () => {
    const office = station([workOf({ assignment: assignmentOf({ via: 'XGC' }) })]);
    expect(office.importBundle(chapterBundle(submission()).bytes)).toMatchObject({
      code: 'chapter-route',
      message: '“学生发展”应经XGC汇总后报送，已拒绝。',
    });
  });

  it('C6: refuses a chapter file changed after signing, and content outside the report schema', () => {
    const b = chapterBundle(submission()).bytes;
    const tampered = rezip(b, (entries) =>
      entries.map((e) =>
        e.name === 'files/chapter.json'
          ? { name: e.name, bytes: bytes(text(e.bytes).replace('稳定', '大增')) }
          : e,
      ),
    );
    expect(station().importBundle(tampered).code).toBe('file-altered');
    const script = chapterDoc('x', [{ type: 'script', text: 'alert(1)' }]);
    expect(station().importBundle(chapterBundle(submission({ content: script })).bytes)).toMatchObject({
      code: 'chapter-invalid',
      message: '章节包中的正文无效：不支持的内容类型：script',
    });
  });

  it('C6: a node or mark named after an Object.prototype member is refused as outside the schema, not thrown', () => {
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const node = chapterDoc('x', [{ type }]);
      expect(station().importBundle(chapterBundle(submission({ content: node })).bytes)).toMatchObject({
        code: 'chapter-invalid',
        message: `章节包中的正文无效：不支持的内容类型：${type}`,
      });
      const mark = chapterDoc('x', [{ type: 'text', text: '正文', marks: [{ type }] }]);
      expect(station().importBundle(chapterBundle(submission({ content: mark })).bytes)).toMatchObject({
        code: 'chapter-invalid',
        message: `章节包中的正文无效：不支持的格式：${type}`,
      });
    }
  });

  it('C7: refuses the office’s assignments addressed to another department', () => {
    const payload: ChapterPayload = {
      format: 'sdd-chapter',
      version: 1,
      from: 'office',
      assignments: [assignmentOf({ departmentCode: 'RSC' })],
      snapshot: null,
      decisions: [],
    };
    const b = chapterBundle(
      payload,
      { sender: { stationRole: 'office', departmentCode: 'DDS' }, addressee: 'JWC' },
      k.office,
    );
    expect(station([], 'JWC', 'JWC').importBundle(b.bytes).code).toBe('chapter-unassigned');
  });

  it('C8: a revoked key, another year or another addressee is refused like any bundle', () => {
    const revoked = chapterBundle(
      submission(),
      { sender: { stationRole: 'department', departmentCode: 'CWC' } },
      k.revoked,
    );
    expect(station().importBundle(revoked.bytes).code).toBe('key-revoked');
    const other = chapterBundle(submission(), { yearId: YEAR_ID.replace('0b6f', '1b6f') });
    expect(station().importBundle(other.bytes).code).toBe('wrong-year');
    expect(station().importBundle(chapterBundle(submission(), { addressee: 'JWC' }).bytes).code).toBe(
      'wrong-addressee',
    );
  });
});

describe('docs/SECURITY.md C9: typical cases in chapter bundles', () => {
  const caseOf = (departmentCode: string) => ({
    id: 'case-1',
    year: 2026,
    title: '现代学徒制育人',
    text: '订单班 120 人',
    tags: ['产教融合'],
    photos: [],
    departmentCode,
    status: 'submitted' as const,
    by: '李主任',
    at: '2026-04-01T08:00:00.000Z',
    editedBy: null,
    editedAt: null,
  });
  const cases = (departmentCode: string): ChapterPayload => ({
    format: 'sdd-chapter',
    version: 1,
    from: 'cases',
    cases: [caseOf(departmentCode)],
  });

  it('takes a department’s own cases at the office', () => {
    expect(station().importBundle(chapterBundle(cases('JWC')).bytes).code).toBe('ok');
  });

  it('refuses cases in another department’s name, and cases with oversized photos', () => {
    expect(station().importBundle(chapterBundle(cases('RSC')).bytes)).toMatchObject({
      code: 'case-invalid',
      message: '案例“现代学徒制育人”属于RSC，JWC不能报送，已拒绝。',
    });
    const big: ChapterPayload = {
      format: 'sdd-chapter',
      version: 1,
      from: 'cases',
      cases: [{ ...caseOf('JWC'), photos: [pngDataUrl(2 * 1024 * 1024 + 8)] }],
    };
    expect(station().importBundle(chapterBundle(big).bytes).code).toBe('chapter-images');
  });
});

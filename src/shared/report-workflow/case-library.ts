/**
 * 案例库 (docs/report-workflow.md): typical cases departments submit (title, text, photos, tags, year) in
 * signed bundles; the office accepts, edits and tags them, and reuses them in any year's report. Pure:
 * the record's schema, the office's edit, the search, and the block a case becomes in a chapter.
 */
import { z } from 'zod';
import { codeAsName, type DepartmentName } from '../departments/department-names';
import { DEPARTMENT_CODE_PATTERN } from '../departments/department-types';
import { err, ok, type Result } from '../result';
import { imageSrcSchema, type CaseAttrs } from '../report/live-attrs';
import { checkChapterImages } from './chapter-images';

export const CASE_STATUSES = ['submitted', 'accepted'] as const;
export const CASE_STATUS_LABELS = { submitted: '待采纳', accepted: '已入库' } as const;

const tag = z.string().trim().min(1).max(40);
/** A case has at most this many photos. */
export const MAX_CASE_PHOTOS = 6;

export const caseRecordSchema = z
  .object({
    id: z.string().min(1).max(60),
    year: z.number().int().min(2000).max(2100),
    title: z.string().trim().min(1, '请填写案例标题').max(100),
    text: z.string().max(20000),
    tags: z.array(tag).max(20),
    photos: z.array(imageSrcSchema).max(MAX_CASE_PHOTOS),
    departmentCode: z.string().regex(DEPARTMENT_CODE_PATTERN),
    status: z.enum(CASE_STATUSES),
    by: z.string().max(60),
    at: z.string().max(40),
    /** The office's last edit. */
    editedBy: z.string().max(60).nullable(),
    editedAt: z.string().max(40).nullable(),
  })
  .strict();
export type CaseRecord = z.infer<typeof caseRecordSchema>;

export interface CaseEdit {
  readonly title: string;
  readonly text: string;
  readonly tags: readonly string[];
}

/** The office accepts a case into the library, with its edits and tags; validated whole. */
export function acceptCase(c: CaseRecord, edit: CaseEdit, by: string, at: string): Result<CaseRecord> {
  const tags = [...new Set(edit.tags.map((t) => t.trim()).filter((t) => t !== ''))];
  const next = caseRecordSchema.safeParse({
    ...c,
    title: edit.title,
    text: edit.text,
    tags,
    status: 'accepted',
    editedBy: by,
    editedAt: at,
  });
  return next.success
    ? ok(next.data)
    : err('case-invalid', `案例内容不正确：${next.error.issues[0]?.message ?? ''}`);
}

/** A department's cases in a bundle: its own, not yet accepted, at most 20. */
export function checkCaseDelivery(
  cases: readonly CaseRecord[],
  sender: string,
  name: DepartmentName = codeAsName,
): Result<null> {
  if (cases.length > 20)
    return err('case-invalid', `一次最多报送 20 个案例，本包有 ${cases.length} 个，已拒绝。`);
  const foreign = cases.find((c) => c.departmentCode !== sender);
  if (foreign !== undefined)
    return err(
      'case-invalid',
      `案例“${foreign.title}”属于${name(foreign.departmentCode)}，${name(sender)}不能报送，已拒绝。`,
    );
  if (cases.some((c) => c.status !== 'submitted'))
    return err('case-invalid', '部门报送的案例不能自带“已入库”状态，已拒绝。');
  return ok(null);
}

/**
 * The photos of cases sent together, held to a chapter's image limits (chapter-images.ts): each what
 * its type says and within the per-image size, all of them within the total and count.
 */
export function checkCasePhotos(cases: readonly Pick<CaseRecord, 'photos'>[]): Result<null> {
  const photos = cases.flatMap((c) => c.photos);
  return checkChapterImages({ type: 'doc', content: [{ type: 'caseBlock', attrs: { photos } }] });
}

export interface CaseQuery {
  readonly text?: string;
  readonly tag?: string;
  readonly year?: number;
}

/** Cases matching every given part of the query: words in title, text or tags; a tag; a year. */
export function searchCases(cases: readonly CaseRecord[], q: CaseQuery): CaseRecord[] {
  const words = (q.text ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return cases
    .filter((c) => q.year === undefined || c.year === q.year)
    .filter((c) => q.tag === undefined || c.tags.includes(q.tag))
    .filter((c) => {
      const hay = `${c.title}\n${c.text}\n${c.tags.join(' ')}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'zh-CN'));
}

/** The 典型案例 block a library case becomes in a chapter (a copy: later edits to the case do not move it). */
export function caseBlock(c: CaseRecord, departmentName: string): CaseAttrs {
  return {
    caseId: c.id,
    title: c.title,
    department: departmentName,
    text: c.text,
    tags: [...c.tags],
    photos: [...c.photos],
  };
}

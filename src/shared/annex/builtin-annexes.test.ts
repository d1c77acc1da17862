import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../indicators/builtin-indicators';
import { annexTableDefSchema } from './annex-types';
import { BUILTIN_ANNEXES } from './builtin-annexes';

describe('shipped annex tables', () => {
  it('are the six tables of the quality report, each valid', () => {
    expect(BUILTIN_ANNEXES.map((t) => t.name)).toEqual([
      '计分卡',
      '学生反馈表',
      '教学资源表',
      '国际影响表',
      '服务贡献表',
      '落实政策表',
    ]);
    for (const t of BUILTIN_ANNEXES) expect(annexTableDefSchema.safeParse(t).success, t.name).toBe(true);
  });

  it('compute only from built-in indicators, and have unique row ids across tables', () => {
    const known = new Set(BUILTIN_INDICATORS.map((d) => d.id));
    const ids = new Set<string>();
    for (const t of BUILTIN_ANNEXES)
      for (const r of t.rows) {
        if (r.source.kind === 'indicator') expect(known, r.name).toContain(r.source.indicatorId);
        expect(ids.has(r.id), r.id).toBe(false);
        ids.add(r.id);
      }
  });

  it('mark as verified only the rows the national reports confirm', () => {
    const verified = BUILTIN_ANNEXES.flatMap((t) => t.rows.filter((r) => r.verified).map((r) => r.name));
    expect(verified).toEqual([
      '就业率',
      '月收入',
      '理工农医类专业相关度',
      '母校满意度',
      '自主创业比例',
      '思政课教学满意度',
      '专业课教学满意度',
      '教书育人满意度',
      '管理和服务工作满意度',
      '双师素质专任教师比例',
      '企业提供的校内实践教学设备值',
      '全日制国（境）外留学生人数（一年以上）',
      '非全日制国（境）外人员培训量',
    ]);
  });

  it('show users no URLs or file paths', () => {
    const texts = BUILTIN_ANNEXES.flatMap((t) => [
      t.name,
      ...t.rows.flatMap((r) => [r.name, r.note, r.source.kind === 'entered' ? r.source.document : '']),
    ]);
    for (const s of texts) expect(s).not.toMatch(/https?:|\/|\.md|\.json/);
  });
});

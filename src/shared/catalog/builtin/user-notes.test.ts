import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../builtin-catalog';
import { OPTION_LISTS } from '../options/option-lists';
import { describePattern } from '../pattern-words';
import { TECHNICAL_TEXT, userFieldNote } from './user-notes';

describe('user-facing catalog text', () => {
  it('no table name, table note, field label, field note or option carries a URL, path or expression', () => {
    for (const t of builtInCatalog().tables) {
      for (const text of [t.name, t.category, t.note]) expect(text, t.code).not.toMatch(TECHNICAL_TEXT);
      for (const f of t.fields) {
        for (const text of [f.label, f.note, f.unit, ...(f.options ?? [])])
          expect(text, `${t.code}.${f.key}`).not.toMatch(TECHNICAL_TEXT);
        expect(f.note, `${t.code}.${f.key}`).not.toMatch(/[A-Za-z]{4,}/);
      }
    }
    for (const l of Object.values(OPTION_LISTS))
      for (const o of l.options) expect(o).not.toMatch(TECHNICAL_TEXT);
  });

  it('keeps meaning and drops sources from a draft note', () => {
    expect(userFieldNote('年月, 2012 填报说明要求格式 YYYYMM（如 198009）')).toBe(
      '填写年月，6位数字，如 198009',
    );
    expect(userFieldNote('Gemini 列')).toBe('');
    expect(userFieldNote('t_qas QasDEmpolyee 校外教师列; YYYYMM')).toBe('6位数字年月');
    expect(userFieldNote('是/否；双师素质专任教师比例分子')).toBe('是/否；双师素质专任教师比例分子');
    expect(userFieldNote('生均教学科研仪器设备值分子；单位推定')).toBe('生均教学科研仪器设备值分子');
    expect(userFieldNote('工位数分子（推定）')).toBe('工位数分子');
  });

  it('describes code patterns in words', () => {
    expect(describePattern('^\\d{10}$')).toBe('10位数字');
    expect(describePattern('^\\d{6}$')).toBe('6位数字');
    expect(describePattern('^\\d{4,8}$')).toBe('4–8位数字');
    expect(describePattern('^[A-Z]{2}\\d+$')).toBe('按督导室设定的格式');
  });
});

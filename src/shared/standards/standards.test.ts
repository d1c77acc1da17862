import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../indicators/builtin-indicators';
import type { IndicatorDef } from '../indicators/indicator-types';
import type { IndicatorValue } from '../indicators/indicator-value';
import { judgeIndicator, schoolCard, standardsOf, type Judgement } from './benchmark';
import { builtInStandards } from './builtin-standards';
import { validateStandardSet } from './standard-validate';
import type { StandardSet, StandardValue } from './standard-types';

const AT = '2026-12-01T00:00:00.000Z';
const def = (id: string): IndicatorDef => {
  const d = BUILTIN_INDICATORS.find((x) => x.id === id);
  if (d === undefined) throw new Error(id);
  return d;
};
const val = (value: number): IndicatorValue => ({
  ok: true,
  value,
  numerator: value,
  denominator: 1,
  text: '',
});
const restricted = (indicatorId: string, value: number): StandardValue => ({
  indicatorId,
  category: 'engineering',
  level: 'restricted',
  value,
  source: '教发〔2004〕2号 表二（办公室录入）',
  verified: false,
  note: '',
});

function withRestricted(): StandardSet {
  const set = builtInStandards(AT);
  return {
    ...set,
    category: 'engineering',
    values: [
      ...set.values,
      restricted('basic.student-teacher-ratio', 22),
      restricted('basic.postgraduate-teachers', 5),
      restricted('basic.teaching-admin-space', 9),
      restricted('basic.equipment-per-student', 3000),
      restricted('basic.books-per-student', 45),
    ],
  };
}

describe('built-in standards', () => {
  const set = builtInStandards(AT);

  it('are valid and refer only to built-in indicators', () => {
    expect(validateStandardSet(set, BUILTIN_INDICATORS).ok).toBe(true);
  });

  it('mark the verified 教发〔2004〕2号 values and ship the recalled ones as 未核实', () => {
    const pick = (category: string, id: string) =>
      set.values.find((v) => v.category === category && v.indicatorId === id && v.level === 'qualified');
    expect(pick('comprehensive', 'basic.books-per-student')).toMatchObject({ value: 80, verified: true });
    expect(pick('engineering', 'basic.teaching-admin-space')).toMatchObject({ value: 16, verified: true });
    expect(pick('medical', 'basic.student-teacher-ratio')).toMatchObject({ value: 16, verified: false });
    expect(pick('arts', 'basic.student-teacher-ratio')).toMatchObject({ value: 13, verified: false });
    expect(set.values.some((v) => v.level === 'restricted')).toBe(false);
  });

  it("prefer the category's own value to one for all categories", () => {
    const s = standardsOf(set, 'basic.teaching-admin-space', 'engineering');
    expect(s.qualified?.value).toBe(16);
    expect(s.setting?.value).toBe(20);
    expect(standardsOf(set, 'basic.teaching-admin-space', null).qualified).toBeNull();
  });
});

describe('validateStandardSet', () => {
  it('refuses a whole set with one value out of range, naming it', () => {
    const set = builtInStandards(AT);
    const bad = { ...set, values: [...set.values, { ...restricted('basic.postgraduate-teachers', 150) }] };
    const r = validateStandardSet(bad, BUILTIN_INDICATORS);
    expect(r.ok ? '' : r.error.message).toBe(
      `对标值有误，整份未采用：第 ${bad.values.length} 个对标值“具有研究生学位教师占专任教师的比例”（工科、农、林院校，限制招生）为 150%，超出 0～100%`,
    );
  });

  it('refuses negative values, unknown indicators, duplicates and unknown keys', () => {
    const set = builtInStandards(AT);
    const first = set.values[0];
    if (first === undefined) throw new Error('empty');
    const msg = (s: unknown) => {
      const r = validateStandardSet(s, BUILTIN_INDICATORS);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(msg({ ...set, values: [{ ...first, value: -1 }] })).toMatch(
      /^对标值有误，整份未采用：第 1 个对标值/,
    );
    expect(msg({ ...set, targets: [{ indicatorId: 'nope', value: 1, note: '' }] })).toContain(
      '指标“nope”不存在',
    );
    expect(msg({ ...set, values: [first, first] })).toContain('对标值重复');
    expect(msg({ ...set, extra: true })).toMatch(/^对标值有误/);
  });
});

describe('judgeIndicator', () => {
  const set = withRestricted();

  it('lights 达标 / 接近 / 未达标 by direction', () => {
    const ratio = def('basic.student-teacher-ratio'); // lower is better, 合格 18
    expect(judgeIndicator(ratio, val(17.9), set).status).toBe('met');
    expect(judgeIndicator(ratio, val(19.5), set).status).toBe('near');
    expect(judgeIndicator(ratio, val(21), set).status).toBe('below');
    const books = def('basic.books-per-student'); // higher is better, 合格 60 for 工科
    expect(judgeIndicator(books, val(60), set).status).toBe('met');
    expect(judgeIndicator(books, val(55), set).status).toBe('near');
    expect(judgeIndicator(books, val(53), set).status).toBe('below');
  });

  it('is never 接近 below the 限制招生 value, and says when nothing can be judged', () => {
    const custom = {
      ...set,
      values: [
        ...set.values.filter((v) => v.level !== 'restricted'),
        restricted('basic.books-per-student', 58),
      ],
    };
    const j = judgeIndicator(def('basic.books-per-student'), val(57), custom);
    expect(j).toMatchObject({ status: 'below', belowRestricted: true });
    const failed: IndicatorValue = {
      ok: false,
      code: 'zero-denominator',
      reason: '无法计算（…）',
      missingTables: [],
    };
    expect(judgeIndicator(def('basic.books-per-student'), failed, set).status).toBe('not-computable');
    expect(judgeIndicator(def('majors.count'), val(30), set).status).toBe('no-standard');
  });

  it('falls back to the 设置标准 where there is no 合格 value, and compares with the target', () => {
    const s = {
      ...set,
      targets: [{ indicatorId: 'resources.equipment-total', value: 5000, note: '十五五规划' }],
    };
    const j = judgeIndicator(def('resources.equipment-total'), val(4000), s);
    expect(j).toMatchObject({ status: 'met', targetMet: false });
    expect(j.reference?.level).toBe('setting');
  });
});

describe('schoolCard (教发〔2004〕2号 yellow/red card)', () => {
  const set = withRestricted();
  const basics = BUILTIN_INDICATORS.filter((d) => d.kind === 'basic');
  const good: Record<string, number> = {
    'basic.student-teacher-ratio': 16,
    'basic.postgraduate-teachers': 30,
    'basic.teaching-admin-space': 17,
    'basic.equipment-per-student': 5000,
    'basic.books-per-student': 70,
  };
  const judge = (values: Record<string, number>, s: StandardSet = set) =>
    new Map<string, Judgement>(basics.map((d) => [d.id, judgeIndicator(d, val(values[d.id] ?? 0), s)]));

  it('no card when every basic indicator reaches its 限制招生 value', () => {
    expect(schoolCard(basics, judge(good)).card).toBe('none');
  });

  it('yellow for one indicator below, red for two, red for a third consecutive yellow year', () => {
    const one = judge({ ...good, 'basic.student-teacher-ratio': 23 });
    expect(schoolCard(basics, one)).toMatchObject({ card: 'yellow', below: ['生师比'] });
    expect(schoolCard(basics, one, 1).card).toBe('yellow');
    expect(schoolCard(basics, one, 2).card).toBe('red');
    const two = judge({ ...good, 'basic.student-teacher-ratio': 23, 'basic.books-per-student': 40 });
    expect(schoolCard(basics, two).card).toBe('red');
  });

  it('cannot judge without 限制招生 values', () => {
    const verdict = schoolCard(basics, judge(good, builtInStandards(AT)));
    expect(verdict.card).toBe('unknown');
    expect(verdict.undecided).toHaveLength(5);
  });
});

import { describe, expect, it } from 'vitest';
import { fieldDef } from '../catalog/testing/field-fixture';
import { idCardCheckChar } from './id-card';
import { parseCellInput } from './parse-cell-input';

const field = fieldDef;

const name = field({ label: '姓名', required: true });
const gender = field({ label: '性别', type: 'enum', options: ['男', '女'] });
const party = field({ label: '政治面貌', type: 'enum', options: ['中共党员', '共青团员', '群众（无党派）'] });
const pending = field({ label: '举办者性质', type: 'enum', optionsPending: true, options: ['公办'] });
const major = field({ label: '专业代码', type: 'code', pattern: '\\d{6}' });
const idNo = field({ label: '身份证号', type: 'idCard' });
const flag = field({ label: '是否双师', type: 'boolean' });

describe('parseCellInput: text and trimming', () => {
  it('keeps the text but reports trimmed edge spaces so an importer can tell users', () => {
    expect(parseCellInput(name, '张三')).toEqual({ value: '张三' });
    expect(parseCellInput(name, ' 张三\u3000')).toEqual({ value: '张三', trimmed: true });
    expect(parseCellInput(name, '张 三')).toEqual({ value: '张 三' });
  });

  it('does not fold full-width characters in free text and keeps line breaks', () => {
    expect(parseCellInput(name, '（一）班\n二组').value).toBe('（一）班\n二组');
  });

  it('does not report an empty required cell as a conversion error (validation does)', () => {
    expect(parseCellInput(name, '')).toEqual({ value: null });
  });
});

describe('parseCellInput: boolean', () => {
  it.each([['是'], ['Y'], ['y'], ['yes'], ['TRUE'], ['true'], ['1'], ['√'], ['✓'], ['Ｙ']])(
    'reads %s as true',
    (raw) => {
      expect(parseCellInput(flag, raw)).toEqual({ value: true });
    },
  );
  it.each([['否'], ['N'], ['n'], ['NO'], ['FALSE'], ['false'], ['0'], ['×']])('reads %s as false', (raw) => {
    expect(parseCellInput(flag, raw)).toEqual({ value: false });
  });
  it('refuses other words', () => {
    for (const raw of ['有', '无', '对', '2', 'ok']) {
      expect(parseCellInput(flag, raw)).toEqual({
        value: null,
        error: {
          code: 'bad-boolean',
          message: '「是否双师」应填「是」或「否」（也可填 Y/N、1/0、√）',
          raw,
          severity: 'error',
        },
      });
    }
  });
});

describe('parseCellInput: enum', () => {
  it('matches an option exactly, after trimming, or after width folding', () => {
    expect(parseCellInput(gender, '男')).toEqual({ value: '男' });
    expect(parseCellInput(gender, ' 男 ')).toEqual({ value: '男', trimmed: true });
    expect(parseCellInput(party, '群众(无党派)')).toEqual({ value: '群众（无党派）' });
  });

  it('refuses anything else and lists the options', () => {
    expect(parseCellInput(gender, '男性')).toEqual({
      value: null,
      error: {
        code: 'not-an-option',
        message: '「性别」应从下拉选项中选择：男、女',
        raw: '男性',
        severity: 'error',
      },
    });
  });

  it('shortens the list of many options', () => {
    const nation = field({
      label: '民族',
      type: 'enum',
      options: Array.from({ length: 56 }, (_, i) => `族${i}`),
    });
    expect(parseCellInput(nation, 'x').error?.message).toBe(
      '「民族」应从下拉选项中选择（共 56 项，如 族0、族1、族2、族3、族4 等）',
    );
  });

  it('accepts free text with a warning while options are pending (选项待定)', () => {
    expect(parseCellInput(pending, '公办')).toEqual({ value: '公办' });
    expect(parseCellInput(pending, '民办')).toEqual({
      value: '民办',
      warning: {
        code: 'options-pending',
        message: '「举办者性质」的选项待定，已按原文保存；选项确定后请核对',
        raw: '民办',
        severity: 'warning',
      },
    });
  });
});

describe('parseCellInput: code', () => {
  it('accepts a code matching the whole pattern, full-width digits folded', () => {
    expect(parseCellInput(major, '510201')).toEqual({ value: '510201' });
    expect(parseCellInput(major, '５１０２０１')).toEqual({ value: '510201' });
  });

  it('refuses a partial match and a code whose leading zero Excel dropped, without padding it', () => {
    expect(parseCellInput(major, '5102011').error).toMatchObject({
      code: 'pattern-mismatch',
      message: '「专业代码」格式不对，应为6位数字',
    });
    expect(parseCellInput(field({ type: 'code', pattern: '0\\d{4}' }), '1234').error?.code).toBe(
      'pattern-mismatch',
    );
  });

  it('explains a code Excel turned into scientific notation', () => {
    expect(parseCellInput(major, '5.10201E+5').error?.code).toBe('scientific-notation');
  });

  it('accepts any text when there is no pattern, and reports a broken catalog pattern', () => {
    expect(parseCellInput(field({ type: 'code' }), 'A-01').value).toBe('A-01');
    expect(parseCellInput(field({ label: '代码', type: 'code', pattern: '([' }), 'x').error).toMatchObject({
      code: 'bad-pattern',
      message: '「代码」的代码规则设置有误，请联系管理员修改目录',
    });
  });
});

describe('parseCellInput: idCard', () => {
  it('accepts a valid number and normalises lowercase x and full width', () => {
    expect(parseCellInput(idNo, '11010519491231002x')).toEqual({ value: '11010519491231002X' });
    expect(parseCellInput(idNo, '１１０１０５１９４９１２３１００２Ｘ')).toEqual({
      value: '11010519491231002X',
    });
  });

  it('refuses a wrong check digit and says which one the first 17 digits give', () => {
    expect(parseCellInput(idNo, '110105194912310021')).toEqual({
      value: null,
      error: {
        code: 'id-card-check',
        message: '「身份证号」校验码不正确（按前 17 位计算应为 X），请核对号码',
        raw: '110105194912310021',
        severity: 'error',
      },
    });
  });

  it('gives a Chinese reason for each kind of bad number', () => {
    const cases: [string, string, string][] = [
      ['11010519491231002', 'id-card-length', '「身份证号」应为 18 位身份证号，现为 17 位'],
      ['110105491231002', 'id-card-length', '「身份证号」是 15 位旧身份证号，已停用，请填 18 位号码'],
      ['11010519491231002X1', 'id-card-length', '「身份证号」应为 18 位身份证号，现为 19 位'],
      [
        '1101051949123100-X',
        'id-card-chars',
        '「身份证号」应为 17 位数字加 1 位校验码（数字或 X），不能有空格或其他字符',
      ],
      [
        '11010519491231002Z',
        'id-card-chars',
        '「身份证号」应为 17 位数字加 1 位校验码（数字或 X），不能有空格或其他字符',
      ],
      [
        '00010519491231002' + idCardCheckChar('00010519491231002'),
        'id-card-region',
        '「身份证号」前 6 位地区码不正确',
      ],
      [
        '11010519491331002' + idCardCheckChar('11010519491331002'),
        'id-card-birth',
        '「身份证号」第 7–14 位出生日期不是有效日期',
      ],
      [
        '1.10105E+17',
        'scientific-notation',
        '「身份证号」是科学计数法（如 1.1E+17），数字已被 Excel 截断；请把该列设为文本格式，重新输入后再复制',
      ],
    ];
    for (const [raw, code, message] of cases) {
      expect(parseCellInput(idNo, raw).error).toEqual({ code, message, raw, severity: 'error' });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { builtInCatalog, PENDING_TABLE_NOTE } from './builtin-catalog';
import type { FieldDef, TableDef } from './catalog-types';
import { TABLE_CODE_PATTERN } from './catalog-types';
import { draftEntries } from './draft/draft-types';
import { expandDraftEntries } from './builtin/draft-expansion';
import { normalizeFieldKey } from './builtin/field-keys';
import { FIELD_OVERRIDES } from './builtin/field-overrides';
import { COLLEGE_FILLED_TABLES, NATURAL_KEY_OPEN } from './builtin/table-profiles';
import { validateCatalog } from './validate-catalog';

const catalog = builtInCatalog();

function table(code: string): TableDef {
  const t = catalog.tables.find((x) => x.code === code);
  if (t === undefined) throw new Error(`no table ${code}`);
  return t;
}

function field(code: string, key: string): FieldDef {
  const f = table(code).fields.find((x) => x.key === key);
  if (f === undefined) throw new Error(`no field ${code}.${key}`);
  return f;
}

describe('builtInCatalog counts', () => {
  it('turns the 63 draft entries into 64 tables, 11 of them still 待定义 without fields', () => {
    expect(catalog.version).toBe(1);
    expect(catalog.tables).toHaveLength(64);
    const pending = catalog.tables.filter((t) => t.status === 'pending');
    expect(pending.map((t) => t.code).sort()).toEqual(
      [
        'A6-1-2-2',
        'A6-2-2-2',
        'A6-3-2-2',
        'A6-4-2-2',
        'A9-1',
        'A9-2',
        'A10-2-2',
        'A11-1',
        'A11-4',
        'A12-3',
        'A12',
      ].sort(),
    );
    for (const t of pending) {
      expect(t.fields, t.code).toEqual([]);
      expect(t.note, t.code).toContain(PENDING_TABLE_NOTE);
      expect(t.verified, t.code).toBe(false);
    }
  });

  it('keeps every draft field and adds the researched ones: 847 in all', () => {
    // The one relabelled draft field (research-fields.ts, researchLabels): A6-1-3's 教工 → 教工号.
    const relabelled = new Map([['A6-1-3.employeeid', '教工号']]);
    for (const d of expandDraftEntries(draftEntries()))
      for (const f of d.fields) {
        const key = normalizeFieldKey(f.key);
        expect(field(d.code, key).label).toBe(relabelled.get(`${d.code}.${key}`) ?? f.label);
      }
    expect(catalog.tables.reduce((n, t) => n + t.fields.length, 0)).toBe(847);
  });

  it('passes its own validator and uses ASCII table codes', () => {
    const r = validateCatalog(catalog);
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    for (const t of catalog.tables) expect(t.code).toMatch(TABLE_CODE_PATTERN);
  });

  it('is deterministic', () => {
    expect(builtInCatalog()).toEqual(catalog);
  });
});

describe('builtInCatalog field mapping', () => {
  it('makes every 是否 question a boolean, wherever 是否 sits in the label', () => {
    expect(field('A7-1-1', 'iscurrentenroll')).toMatchObject({
      label: '当年是否招生（含方向）',
      type: 'boolean',
    });
    expect(field('A4-2', 'studentinternshipallowance').type).toBe('boolean');
    const all = catalog.tables.flatMap((t) => t.fields);
    for (const f of all.filter((x) => x.label.includes('是否'))) expect(f.type, f.label).toBe('boolean');
    expect(all.filter((f) => f.type === 'boolean')).toHaveLength(46);
  });

  it('makes year-months of （年月）, (年月) and the reviewed date fields', () => {
    expect(field('A7-1-1', 'setupdate')).toMatchObject({ label: '批准设置日期', type: 'yearMonth' });
    expect(field('A7-1-1', 'firstrecruitdate').type).toBe('yearMonth');
    expect(field('A7-1-1', 'notenrolldate').type).toBe('yearMonth');
    expect(field('A7-1-2', 'awarddate')).toMatchObject({
      label: '代表性科研成果—获取日期(年月)',
      type: 'yearMonth',
    });
    expect(field('A1', 'buildeddate').type).toBe('yearMonth');
  });

  it('keeps only 出生日期 and A9-5 批准日期 as full dates', () => {
    const dates = catalog.tables.flatMap((t) =>
      t.fields.filter((f) => f.type === 'date').map((f) => `${t.code}.${f.label}`),
    );
    for (const d of dates) expect(d).toMatch(/\.出生日期$|^A9-5\.批准日期$/);
    expect(
      dates.filter((d) => d.startsWith('A2.') || d.startsWith('A6-1-1.') || d.startsWith('A10-1.')),
    ).toEqual(['A2.出生日期', 'A6-1-1.出生日期', 'A10-1.出生日期']);
  });

  it('fills the well-known option lists', () => {
    for (const [code, key] of [
      ['A2', 'nation'],
      ['A6-1-1', 'nation'],
      ['A10-1', 'nation'],
    ] as const) {
      expect(field(code, key).options).toHaveLength(56);
    }
    expect(field('A10-1', 'sex').options).toEqual(['男', '女']);
    expect(field('A6-1-1', 'academicdegree').options).toEqual(['博士', '硕士', '学士', '无']);
    expect(field('A6-1-1', 'majordeep').options).toContain('副高级');
    expect(field('A1', 'location').options).toContain('广东省');
    expect(field('A8-1', 'modify').options).toEqual(['新增', '修改', '取消']);
  });

  it('marks enums without known options as 选项待定 and gives them no options', () => {
    const f = field('A1', 'creaternature');
    expect(f.type).toBe('enum');
    expect(f.optionsPending).toBe(true);
    expect(f.options).toBeUndefined();
    for (const e of catalog.tables.flatMap((t) => t.fields.filter((x) => x.type === 'enum'))) {
      expect((e.options ?? []).length > 0 || e.optionsPending === true, e.label).toBe(true);
    }
  });

  it('sets the known code patterns and integer bounds', () => {
    expect(field('A1', 'code').pattern).toBe('^\\d{10}$');
    expect(field('A1', 'postcode').pattern).toBe('^\\d{6}$');
    expect(field('A7-1-1', 'majorcode').pattern).toBe('^\\d{6}$');
    expect(field('A7-1-1', 'directioncode').pattern).toBeUndefined();
    expect(field('A10-1', 'lengthofschooling')).toMatchObject({ type: 'integer', min: 2, max: 5 });
  });

  it('converts camelCase draft keys to lowercase keys', () => {
    expect(field('A2', 'staff_id').label).toBe('教工号');
    expect(field('A6-1-2-1', 'school_year').label).toBe('学年');
  });

  it('marks uncertain, 未核实 and 推定 items unverified and keeps standard ones verified', () => {
    expect(field('A6-1-1', 'nation').verified).toBe(false);
    expect(field('A3', 'valueoffixedasset').verified).toBe(false);
    expect(field('A10-1', 'nation').verified).toBe(true);
    expect(field('A6-1-1', 'qualification').verified).toBe(true); // GB/T 4658 levels
    expect(table('A1').verified).toBe(false);
    expect(table('A4-1').verified).toBe(false);
    expect(table('A5-1').verified).toBe(true);
  });
});

describe('builtInCatalog tables', () => {
  it('splits A7-1-2/A7-1-3 into 专业带头人表 and 专业负责人表', () => {
    expect(table('A7-1-2').name).toBe('专业带头人表');
    expect(table('A7-1-3').name).toBe('专业负责人表');
    expect(table('A7-1-2').fields.map((f) => f.key)).toContain('leaderyear');
    expect(table('A7-1-3').fields.map((f) => f.key)).toEqual(['majorid', 'employeeid', 'headyear']);
    expect(catalog.tables.some((t) => t.code.includes('/'))).toBe(false);
  });

  it('keeps the unofficial summary as a clearly marked supplementary table', () => {
    const t = table('A1-X1');
    expect(t).toMatchObject({
      supplementary: true,
      officialCode: '(A1/A9-1 附)',
      shape: 'form',
      verified: false,
    });
    expect(t.name).toContain('补充');
    expect(catalog.tables.filter((x) => x.supplementary)).toHaveLength(1);
  });

  it('sets the statistical period: A5-1/A5-2 calendar year, draft period academic year, point stays', () => {
    expect(table('A5-1')).toMatchObject({ period: 'calendar-year', officialCode: '5.1' });
    expect(table('A5-2').period).toBe('calendar-year');
    expect(table('A4-2').period).toBe('academic-year');
    expect(table('A10-1').period).toBe('point');
  });

  it('gives single-record tables the form shape and list tables a natural key of existing fields', () => {
    for (const code of ['A1', 'A3', 'A5-1', 'A5-2', 'A1-X1']) expect(table(code).shape, code).toBe('form');
    expect(table('A10-1').naturalKey).toEqual(['no']);
    expect(table('A6-1-1').naturalKey).toEqual(['employeecode']);
    expect(table('A7-1-1').naturalKey).toEqual(['majorcode', 'directioncode']);
    for (const t of catalog.tables.filter((x) => x.shape === 'list' && x.status === 'defined')) {
      if (Object.hasOwn(NATURAL_KEY_OPEN, t.code)) expect(t.naturalKey, t.code).toEqual([]);
      else expect(t.naturalKey.length, t.code).toBeGreaterThan(0);
    }
  });

  it('maps owners through the alias table; the first listed department owns', () => {
    expect(table('A1').ownerDepartment).toBe('XYB');
    expect(table('A5-1').ownerDepartment).toBe('CWC');
    expect(table('A7-6-1').ownerDepartment).toBe('JWC');
    expect(table('A10-3').ownerDepartment).toBe('TW');
    expect(table('A8-5').ownerDepartment).toBe('DDS');
    expect(table('A9-6-1')).toMatchObject({ ownerDepartment: 'XGC', cooperatingDepartments: ['TW', 'JWC'] });
    expect(table('A3')).toMatchObject({
      ownerDepartment: 'ZWC',
      cooperatingDepartments: ['TSG', 'WLZX', 'KYC'],
    });
    expect(table('A9-1').ownerDepartment).toBe('JWC');
  });

  it('gives no table to the supervision office that reviews it unless the draft names the office', () => {
    // 校外兼职/兼课教师 are filled by the colleges and gathered by 人事处, not by 督导室.
    expect(table('A6-3-1').ownerDepartment).toBe('RSC');
    expect(table('A6-4-1').ownerDepartment).toBe('RSC');
    const office = catalog.tables.filter((t) => t.ownerDepartment === 'DDS').map((t) => t.code);
    expect(office.sort()).toEqual(['A12', 'A8-5', 'A8-7']);
  });

  it('names the kind of every table and the tables the secondary colleges fill', () => {
    expect(catalog.tables.every((t) => t.kind !== undefined)).toBe(true);
    expect(table('A3').kind).toBe('basic');
    expect(table('A10-1').kind).toBe('source');
    expect(table('A9-6-1').kind).toBe('special');
    const byColleges = expandDraftEntries(draftEntries())
      .filter((d) => /二级学院|系部/.test(d.entry.ownerDept))
      .map((d) => d.code);
    expect(new Set(byColleges)).toEqual(COLLEGE_FILLED_TABLES);
  });

  it('flags the core tables', () => {
    const core = catalog.tables.filter((t) => t.core).map((t) => t.code);
    for (const code of [
      'A1',
      'A3',
      'A5-1',
      'A5-2',
      'A6-1-1',
      'A7-1-1',
      'A7-6-1',
      'A7-6-2',
      'A7-6-3',
      'A10-1',
    ]) {
      expect(core).toContain(code);
    }
    expect(table('A8-9').core).toBe(false);
  });
});

describe('field override table', () => {
  it('decides every draft date field individually', () => {
    for (const d of expandDraftEntries(draftEntries())) {
      for (const f of d.fields.filter((x) => x.type === 'date')) {
        const id = `${d.code}.${normalizeFieldKey(f.key)}`;
        expect(FIELD_OVERRIDES[id]?.type, id).toMatch(/^(date|yearMonth)$/);
      }
    }
  });

  it('has no stale entries and puts option lists only on enum fields', () => {
    for (const [id, o] of Object.entries(FIELD_OVERRIDES)) {
      const dot = id.indexOf('.');
      const f = field(id.slice(0, dot), id.slice(dot + 1));
      if (o.optionList !== undefined) expect(f.type, id).toBe('enum');
      if (o.pattern !== undefined) expect(f.pattern, id).toBe(o.pattern);
      if (o.min !== undefined) expect(f.min, id).toBe(o.min);
    }
  });
});

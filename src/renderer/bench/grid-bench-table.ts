/**
 * The table the grid benches open: the 20 columns of bench-rows.ts (a teacher list) with realistic
 * field types, so validation, formatting and the issue index do the same work as on a real table.
 */
import type { FieldDef, TableDef } from '../../shared/catalog/catalog-types';

const f = (key: string, label: string, type: FieldDef['type'], extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label,
  type,
  unit: '',
  required: false,
  note: '',
  verified: true,
  ...extra,
});

export const BENCH_TABLE: TableDef = {
  code: 'A3-1',
  name: '教职工信息（基准）',
  category: '基准',
  period: 'point',
  shape: 'list',
  status: 'defined',
  ownerDepartment: null,
  cooperatingDepartments: [],
  core: false,
  naturalKey: ['gh'],
  supplementary: true,
  verified: true,
  note: '',
  fields: [
    f('gh', '工号', 'code', { required: true }),
    f('xm', '姓名', 'text', { required: true }),
    f('xb', '性别', 'enum', { required: true, options: ['男', '女'] }),
    f('csny', '出生年月', 'yearMonth'),
    f('sfzh', '身份证号', 'code'),
    f('mz', '民族', 'enum', {
      options: ['汉族', '壮族', '回族', '满族', '维吾尔族', '苗族', '彝族', '土家族'],
    }),
    f('zzmm', '政治面貌', 'enum', { options: ['中共党员', '群众'] }),
    f('xl', '学历', 'enum', { options: ['博士研究生', '硕士研究生', '大学本科', '专科'] }),
    f('xw', '学位', 'enum', { options: ['博士', '硕士', '学士'] }),
    f('zc', '职称', 'enum', { options: ['教授', '副教授', '讲师', '助教', '高级实验师', '实验师'] }),
    f('szbm', '所在部门', 'text'),
    f('rxrq', '入校日期', 'date'),
    f('gl', '工龄', 'integer', { unit: '年', min: 0 }),
    f('nl', '年龄', 'integer', { min: 0 }),
    f('ks', '课时', 'integer', { min: 0 }),
    f('gz', '工资', 'decimal', { unit: '元', precision: 2 }),
    f('zb', '占比', 'percent', { precision: 2 }),
    f('sfss', '是否双师', 'boolean'),
    f('dh', '电话', 'code'),
    f('bz', '备注', 'text'),
  ],
};

/**
 * Realistic rows for the storage benches: 20 columns like a teacher or student list (names, codes,
 * enums, dates, numbers, a free-text note), generated deterministically so every run writes the same bytes.
 */
import type { StoredRow } from '../../shared/records/record-types';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英';
const ETHNIC = ['汉族', '壮族', '回族', '满族', '维吾尔族', '苗族', '彝族', '土家族'];
const DEGREES = ['博士研究生', '硕士研究生', '大学本科', '专科'];
const TITLES = ['教授', '副教授', '讲师', '助教', '高级实验师', '实验师'];
const DEPTS = ['人事处', '教务处（招生办）', '学生工作处', '马克思主义学院', '图书馆', '网络与信息中心'];

/** Small deterministic PRNG (mulberry32), so the bench data does not depend on Math.random. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function uuidFrom(r: () => number): string {
  const h = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${h(8)}-${h(4)}-4${h(3)}-${'89ab'[Math.floor(r() * 4)]}${h(3)}-${h(12)}`;
}

export function makeBenchRows(n: number, seed = 42): StoredRow[] {
  const r = prng(seed);
  const rows = new Array<StoredRow>(n);
  for (let i = 0; i < n; i++) {
    const year = 1960 + Math.floor(r() * 40);
    rows[i] = {
      id: uuidFrom(r),
      values: {
        gh: `T${String(100000 + i)}`,
        xm: pick(r, [...SURNAMES]) + pick(r, [...GIVEN]) + pick(r, [...GIVEN]),
        xb: r() < 0.5 ? '男' : '女',
        csny: `${year}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`,
        sfzh: `44050${year}${String(Math.floor(r() * 1e7)).padStart(7, '0')}X`.slice(0, 18),
        mz: pick(r, ETHNIC),
        zzmm: r() < 0.4 ? '中共党员' : '群众',
        xl: pick(r, DEGREES),
        xw: r() < 0.5 ? '硕士' : '学士',
        zc: pick(r, TITLES),
        szbm: pick(r, DEPTS),
        rxrq: `${2000 + Math.floor(r() * 25)}0901`,
        gl: Math.floor(r() * 35),
        nl: 2025 - year,
        ks: Math.floor(r() * 600),
        gz: Math.round(r() * 2000000) / 100,
        zb: Math.round(r() * 10000) / 100,
        sfss: r() < 0.3,
        dh: `13${String(Math.floor(r() * 1e9)).padStart(9, '0')}`,
        bz: r() < 0.5 ? '' : `备注：第${i}行，兼任${pick(r, DEPTS)}工作，参与课程建设与教学改革项目。`,
      },
      by: '信息员',
      at: '2025-09-02T08:00:00.000Z',
      src: 'imported',
    };
  }
  return rows;
}

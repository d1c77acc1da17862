/**
 * A generated full school for the indicator bench (bench/indicators.bench.mjs): `total` rows spread
 * over the tables the built-in indicators read, in roughly a real school's proportions, and the
 * hand-written loop that computes the same numbers — the floor the engine is measured against.
 */
import type { CellValue, StoredRow } from '../../records/record-types';
import { storedRow } from '../../rules/testing/rule-test-helpers';

const DEGREES = ['博士', '硕士', '硕士', '学士', '学士', '无'];
const RANKS = ['正高级', '副高级', '中级', '中级', '初级', '无'];

/** Share of the rows each list table gets; the rest are the three form tables' single rows. */
const SHARES: ReadonlyArray<[string, number]> = [
  ['A10-1', 0.55],
  ['A6-1-1', 0.15],
  ['A6-3-1', 0.05],
  ['A4-1', 0.05],
  ['A7-1-1', 0.05],
  ['A7-6-1', 0.05],
  ['A7-6-2', 0.05],
  ['A7-6-3', 0.05],
];

function listRow(table: string, i: number): Record<string, CellValue> {
  switch (table) {
    case 'A10-1':
      return { no: `S${i}`, name: `学生${i}`, grade: 1 + (i % 3) };
    case 'A6-1-1':
      return {
        employeecode: `T${i}`,
        academicdegree: DEGREES[i % DEGREES.length] ?? null,
        majordeep: RANKS[(i * 7) % RANKS.length] ?? null,
        doublequalifiedteacher: i % 3 !== 0,
        isprofessionalteacher: i % 5 !== 0,
      };
    case 'A6-3-1':
      return { backgroundunit: `企业${i}` };
    case 'A4-1':
      return { name: `基地${i}`, numofworker: 20 + (i % 40) };
    case 'A7-1-1':
      return { majorcode: String(510000 + (i % 700)), directioncode: String(i) };
    case 'A7-6-1':
      return { directionid: `d${i}`, planenrolnum: 50, enrolednum: 40 + (i % 10), regnum: 38 + (i % 9) };
    case 'A7-6-2':
      return { directionid: `d${i}`, empnum: 30 + (i % 10), samepfsnum: 20 + (i % 7) };
    default:
      return {
        directionid: `d${i}`,
        gradnum: 45,
        empnum: 40 + (i % 5),
        satisfied: 30 + (i % 6),
        nomal: 5,
        dissatisfied: i % 3,
      };
  }
}

export function syntheticSchool(total: number): Record<string, StoredRow[]> {
  const rows: Record<string, StoredRow[]> = {};
  let id = 1;
  for (const [table, share] of SHARES) {
    const n = Math.max(1, Math.floor(total * share));
    rows[table] = Array.from({ length: n }, (_, i) => storedRow(id++, listRow(table, i)));
  }
  const students = Math.floor(total * 0.55);
  rows['A1-X1'] = [
    storedRow(id++, {
      senioredustunum: students,
      oversea: 12,
      abroad: 30,
      adultstudent: 200,
      eveninguniversitystudent: 900,
      correspondencestudent: 1500,
    }),
  ];
  rows['A3'] = [
    storedRow(id++, {
      researchandauxiliary: students * 12,
      office: students * 2,
      valueofresearchequipment: students * 0.5,
      valueofnewresearchequipment: students * 0.05,
      numofbook: students * 0.007,
      numofnewbook: students * 0.0003,
      areacovered: students * 55,
      studentdormitory: students * 7,
      numofteachingcomputer: Math.floor(students / 10),
      schoolbuildingarea: students * 28,
    }),
  ];
  rows['A5-1'] = [storedRow(id++, { financialaidtotal: students * 1.2 })];
  return rows;
}

const num = (v: CellValue | undefined): number => (typeof v === 'number' ? v : 0);

/** Sums of several numeric fields in one pass. */
function sums(rows: readonly StoredRow[], keys: readonly string[]): number[] {
  const out = keys.map(() => 0);
  const m = keys.length;
  for (const r of rows) {
    const v = r.values;
    for (let i = 0; i < m; i++) out[i] = (out[i] ?? 0) + num(v[keys[i] ?? '']);
  }
  return out;
}

/** The built-in indicators computed by plain loops (null where the catalog lacks a field). */
export function handIndicators(
  rows: Readonly<Record<string, readonly StoredRow[]>>,
): Record<string, number | null> {
  const x1 = rows['A1-X1']?.[0]?.values ?? {};
  const a3 = rows['A3']?.[0]?.values ?? {};
  const a51 = rows['A5-1']?.[0]?.values ?? {};
  const teachers = rows['A6-1-1'] ?? [];
  const fullTime = num(x1.senioredustunum) + num(x1.oversea) + num(x1.abroad) + num(x1.adultstudent);
  const weighted =
    num(x1.senioredustunum) +
    (num(x1.oversea) + num(x1.abroad)) * 3 +
    num(x1.adultstudent) +
    num(x1.eveninguniversitystudent) * 0.3 +
    num(x1.correspondencestudent) * 0.1;
  let pg = 0;
  let senior = 0;
  let dual = 0;
  let prof = 0;
  let dualProf = 0;
  for (const { values: v } of teachers) {
    if (v.academicdegree === '博士' || v.academicdegree === '硕士') pg++;
    if (v.majordeep === '正高级' || v.majordeep === '副高级') senior++;
    const isDual = v.doublequalifiedteacher === true || v.doublequalifiedteacher === '是';
    if (isDual) dual++;
    if (v.isprofessionalteacher === true || v.isprofessionalteacher === '是') {
      prof++;
      if (isDual) dualProf++;
    }
  }
  const t = teachers.length;
  const external = rows['A6-3-1']?.length ?? 0;
  const total = t + Math.min(0.5 * external, t / 4);
  const majors = new Set<CellValue | undefined>();
  for (const r of rows['A7-1-1'] ?? []) majors.add(r.values.majorcode);
  const [plan = 0, enrolled = 0, registered = 0] = sums(rows['A7-6-1'] ?? [], [
    'planenrolnum',
    'enrolednum',
    'regnum',
  ]);
  const [employed = 0, relevant = 0] = sums(rows['A7-6-2'] ?? [], ['empnum', 'samepfsnum']);
  const [graduates = 0, employedPrev = 0, satisfied = 0, neutral = 0, unsatisfied = 0] = sums(
    rows['A7-6-3'] ?? [],
    ['gradnum', 'empnum', 'satisfied', 'nomal', 'dissatisfied'],
  );
  const [stations = 0] = sums(rows['A4-1'] ?? [], ['numofworker']);
  const equipment = num(a3.valueofresearchequipment);
  const newEquipment = num(a3.valueofnewresearchequipment);
  return {
    'students.full-time': fullTime,
    'students.weighted': weighted,
    'teachers.full-time': t,
    'teachers.external': external,
    'teachers.total': total,
    'basic.student-teacher-ratio': weighted / total,
    'basic.postgraduate-teachers': (pg * 100) / t,
    'basic.teaching-admin-space': (num(a3.researchandauxiliary) + num(a3.office)) / fullTime,
    'basic.equipment-per-student': (equipment * 10000) / weighted,
    'basic.books-per-student': (num(a3.numofbook) * 10000) / weighted,
    'monitor.senior-teachers': (senior * 100) / t,
    'monitor.land-per-student': num(a3.areacovered) / fullTime,
    'monitor.dormitory-per-student': num(a3.studentdormitory) / fullTime,
    'monitor.computers-per-100': (num(a3.numofteachingcomputer) * 100) / fullTime,
    'monitor.multimedia-seats-per-100': null,
    'monitor.new-equipment-share': (newEquipment * 100) / (equipment - newEquipment),
    'monitor.new-books-per-student': (num(a3.numofnewbook) * 10000) / weighted,
    'teachers.double-qualified': (dual * 100) / t,
    'teachers.double-qualified-professional': (dualProf * 100) / prof,
    'practice.stations-per-student': stations / fullTime,
    'finance.fiscal-per-student': (num(a51.financialaidtotal) * 10000) / fullTime,
    'majors.count': majors.size,
    'enrolment.plan-completion': (enrolled * 100) / plan,
    'enrolment.registration-rate': (registered * 100) / enrolled,
    'employment.rate': null,
    'employment.relevant-rate': (relevant * 100) / employed,
    'employment.previous-cohort-rate': (employedPrev * 100) / graduates,
    'employment.employer-satisfaction': (satisfied * 100) / (satisfied + neutral + unsatisfied),
    'students.roster': rows['A10-1']?.length ?? 0,
    'space.building-per-student': num(a3.schoolbuildingarea) / fullTime,
    'resources.equipment-total': equipment,
    'resources.books-total': num(a3.numofbook),
  };
}

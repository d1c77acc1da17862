import { describe, expect, it } from 'vitest';
import { builtInDepartments } from '../../departments/builtin-departments';
import { draftEntries } from '../draft/draft-types';
import { DEPARTMENT_ALIASES, departmentNames, resolveDepartments } from './department-aliases';

describe('departmentNames', () => {
  it('splits on / and 、 and drops parenthesised remarks', () => {
    expect(departmentNames('资产/后勤/基建、图书馆、网络中心（未核实）')).toEqual([
      '资产',
      '后勤',
      '基建',
      '图书馆',
      '网络中心',
    ]);
    expect(departmentNames('各系部（2017 notice: 校外兼职/兼课由系部采集）')).toEqual(['各系部']);
    expect(departmentNames('')).toEqual([]);
  });
});

describe('resolveDepartments', () => {
  it('makes the first listed department the owner and the others cooperating', () => {
    expect(resolveDepartments('学生处/团委/教务处')).toEqual({
      owner: 'XGC',
      cooperating: ['TW', 'JWC'],
      unknown: [],
    });
    expect(resolveDepartments('招生就业处')).toEqual({ owner: 'JWC', cooperating: [], unknown: [] });
  });

  it('merges names that map to the same department', () => {
    expect(resolveDepartments('资产/后勤/基建、图书馆、网络中心（未核实）')).toEqual({
      owner: 'ZWC',
      cooperating: ['TSG', 'WLZX'],
      unknown: [],
    });
  });

  it('leaves the owner open when only colleges or individuals are named', () => {
    expect(resolveDepartments('各系部（2017 notice）').owner).toBeNull();
    expect(resolveDepartments('').owner).toBeNull();
  });

  it('reports names it does not know', () => {
    expect(resolveDepartments('宣传部/教务处').unknown).toEqual(['宣传部']);
  });

  it('knows every department name used in the draft', () => {
    for (const e of draftEntries()) expect(resolveDepartments(e.ownerDept).unknown, e.code).toEqual([]);
  });

  it('maps only to built-in department codes', () => {
    const codes = new Set(builtInDepartments().map((d) => d.code));
    for (const code of Object.values(DEPARTMENT_ALIASES))
      if (code !== null) expect(codes.has(code), code).toBe(true);
  });
});

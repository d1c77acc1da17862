import { describe, expect, it } from 'vitest';
import { assignByRotation, type RosterEnterprise } from './rotation';

const roster: RosterEnterprise[] = [
  { id: 'a', name: '汕头港务集团', collegeCode: 'JD', yearsCompiled: [2023] },
  { id: 'b', name: '广东粤电', collegeCode: 'JD', yearsCompiled: [2022, 2024] },
  { id: 'c', name: '潮汕机械', collegeCode: 'JD', yearsCompiled: [] },
  { id: 'd', name: '美的集团', collegeCode: 'JD', yearsCompiled: [], inactive: true },
  { id: 'e', name: '汕头银行', collegeCode: 'CJ', yearsCompiled: [2024] },
];

describe('enterprise report rotation', () => {
  it('picks never-compiled enterprises first, then the longest since their last report', () => {
    const { assignments, shortfall } = assignByRotation(roster, new Map([['JD', 2]]), 2025);
    expect(assignments.map((a) => [a.enterpriseName, a.lastCompiled])).toEqual([
      ['潮汕机械', null],
      ['汕头港务集团', 2023],
    ]);
    expect(shortfall.size).toBe(0);
  });

  it('leaves out inactive partners and reports a shortfall when a college has too few', () => {
    const { assignments, shortfall } = assignByRotation(roster, new Map([['CJ', 2]]), 2025);
    expect(assignments.map((a) => a.enterpriseId)).toEqual(['e']);
    expect(shortfall.get('CJ')).toBe(1);
  });

  it('ignores reports of the same or later years when deciding whose turn it is', () => {
    const { assignments } = assignByRotation(roster, new Map([['JD', 3]]), 2024);
    // In 2024, 粤电's 2024 report does not count: its last report before then is 2022.
    expect(assignments.map((a) => a.enterpriseId)).toEqual(['c', 'b', 'a']);
  });

  it('is the same at every station whatever the roster order', () => {
    const one = assignByRotation(roster, new Map([['JD', 3]]), 2025).assignments;
    const two = assignByRotation([...roster].reverse(), new Map([['JD', 3]]), 2025).assignments;
    expect(two).toEqual(one);
  });
});

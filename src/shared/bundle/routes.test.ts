import { describe, expect, it } from 'vitest';
import type { TaskAssignment } from '../tasks/task-types';
import { annexRoute, mayDeliver, outgoingRoutes, summaryDepartmentsOf } from './routes';

const task = (
  tableCode: string,
  responsible: string,
  cooperating: string[],
  summary: string | null,
): TaskAssignment => ({
  tableCode,
  responsibleDepartment: responsible,
  cooperatingDepartments: cooperating,
  summaryDepartment: summary,
  deadline: '20251010',
});
const tasks = [
  task('A10-1', 'JWC', ['C01'], 'JWC'),
  task('A6-2', 'C01', [], null),
  task('A7-1', 'C01', ['C02'], 'RSC'),
];

describe('routes', () => {
  it('sends each slice to its table summary department, or to the office', () => {
    expect(Object.fromEntries(outgoingRoutes(tasks, 'C01'))).toEqual({
      JWC: ['A10-1'],
      OFFICE: ['A6-2'],
      RSC: ['A7-1'],
    });
    // JWC aggregates A10-1: its own slice goes in its forward bundle, not in a data bundle.
    expect(outgoingRoutes(tasks, 'JWC').size).toBe(0);
    expect(summaryDepartmentsOf(tasks, 'C01')).toEqual(['JWC', 'RSC']);
  });

  it('sends a department’s annex figures by one channel: the office if it sends there, else its first summary', () => {
    expect(annexRoute(tasks, 'C01')).toBe('OFFICE');
    expect(annexRoute(tasks, 'C02')).toBe('RSC');
    expect(annexRoute([...tasks, task('A7-2', 'C03', ['C02'], 'JWC')], 'C02')).toBe('JWC');
    // A summary department's own figures (its own slices travel in its forward) and a department with no tables.
    expect(annexRoute(tasks, 'JWC')).toBe('OFFICE');
    expect(annexRoute(tasks, 'ZZZ')).toBe('OFFICE');
  });

  it('accepts a slice only along its route', () => {
    expect(mayDeliver(tasks[0]!, 'C01', 'JWC', 'data')).toBe(true);
    expect(mayDeliver(tasks[0]!, 'C01', 'OFFICE', 'data')).toBe(false);
    expect(mayDeliver(tasks[0]!, 'JWC', 'OFFICE', 'forward')).toBe(true);
    expect(mayDeliver(tasks[1]!, 'C02', 'OFFICE', 'data')).toBe(false);
  });
});

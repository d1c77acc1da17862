/**
 * Which partner enterprises compile the enterprise annual report (企业年报) this year. Each secondary college
 * writes its reports with enterprises that take part in its teaching, in rotation: an enterprise that has
 * never compiled goes first, then the one whose last report is oldest; ties go by name so the choice is
 * the same at every station. A college may be asked for several reports in one year.
 */
export interface RosterEnterprise {
  readonly id: string;
  readonly name: string;
  /** The secondary college (department code) it works with. */
  readonly collegeCode: string;
  /** Academic years (start year) it compiled a report for. */
  readonly yearsCompiled: readonly number[];
  /** Left out of the rotation (no longer a partner). */
  readonly inactive?: boolean;
}

export interface RotationAssignment {
  readonly collegeCode: string;
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  /** When it last compiled, or null for its first report. */
  readonly lastCompiled: number | null;
}

/**
 * Picks, per college, `count` enterprises for `year`. A college with fewer active partners than asked gets
 * all of them; `shortfall` lists how many are missing per college so the office can add partners.
 */
export function assignByRotation(
  roster: readonly RosterEnterprise[],
  reportsPerCollege: ReadonlyMap<string, number>,
  year: number,
): { readonly assignments: readonly RotationAssignment[]; readonly shortfall: ReadonlyMap<string, number> } {
  const assignments: RotationAssignment[] = [];
  const shortfall = new Map<string, number>();
  for (const [collegeCode, count] of reportsPerCollege) {
    const candidates = roster
      .filter((e) => e.collegeCode === collegeCode && !e.inactive)
      .map((e) => {
        const before = e.yearsCompiled.filter((y) => y < year);
        return { e, last: before.length ? Math.max(...before) : null };
      })
      .sort(
        (a, b) =>
          (a.last ?? Number.NEGATIVE_INFINITY) - (b.last ?? Number.NEGATIVE_INFINITY) ||
          a.e.name.localeCompare(b.e.name, 'zh-Hans-CN'),
      );
    const picked = candidates.slice(0, Math.max(0, count));
    for (const { e, last } of picked)
      assignments.push({ collegeCode, enterpriseId: e.id, enterpriseName: e.name, lastCompiled: last });
    if (picked.length < count) shortfall.set(collegeCode, count - picked.length);
  }
  return { assignments, shortfall };
}

/**
 * The name a saved bundle file is offered under: who sends it to whom, what it is, for which year and
 * its number, in words a clerk reads in a folder or a chat (学生工作处-致-督导室-数据包-2025-2026学年-第3号.sdd),
 * not a row of codes. Characters Windows forbids in file names are replaced.
 */
import { academicYearLabel } from '../workspace/collection-period';

export interface BundleFileNameParts {
  /** The sending and addressed stations' names (a department's name, or 督导室). */
  readonly sender: string;
  readonly addressee: string;
  /** What the bundle is: 数据包, 回执, 初始化包, … */
  readonly label: string;
  readonly academicYearStart: number;
  readonly seq: number;
}

export function bundleFileNameOf(p: BundleFileNameParts): string {
  const name = [p.sender, '致', p.addressee, p.label, academicYearLabel(p.academicYearStart), `第${p.seq}号`]
    .map(safePart)
    .join('-');
  return `${name}.sdd`;
}

/** One part of the name: no path or reserved characters, no control characters, no outer spaces. */
function safePart(s: string): string {
  return (
    [...s]
      .map((c) => (/[\\/:*?"<>|]/.test(c) || c.charCodeAt(0) < 0x20 ? '_' : c))
      .join('')
      .trim() || '_'
  );
}

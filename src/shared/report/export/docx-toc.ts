/**
 * The report's 目录 as a Word table-of-contents field whose entries are already written: each heading
 * linked to the bookmark on it, a dot leader and a PAGEREF field holding its estimated page
 * (page-estimate.ts). Readers that do not update fields show those numbers; Word updates the whole
 * table on open (the document asks it to, updateFields).
 */
import {
  InternalHyperlink,
  LeaderType,
  Paragraph,
  SimpleField,
  Tab,
  TabStopType,
  TableOfContents,
  TextRun,
} from 'docx';
import { TEXT_TWIPS } from './docx-styles';

export interface TocLink {
  readonly title: string;
  readonly level: number;
  /** The bookmark on the heading. */
  readonly href: string;
}

export function tableOfContents(links: readonly TocLink[], pages: readonly number[]): TableOfContents {
  const entry = (l: TocLink, i: number) =>
    new Paragraph({
      style: `TOC${l.level}`,
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TWIPS, leader: LeaderType.DOT }],
      children: [
        new InternalHyperlink({
          anchor: l.href,
          children: [
            new TextRun(l.title),
            new TextRun({ children: [new Tab()] }),
            new SimpleField(`PAGEREF ${l.href} \\h`, String(pages[i] ?? '')),
          ],
        }),
      ],
    });
  return new TableOfContents('目录', {
    hyperlink: true,
    headingStyleRange: '1-2',
    contentChildren: links.map(entry),
  });
}

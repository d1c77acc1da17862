/**
 * The report editor's schema: StarterKit without code blocks (not a report element), tables, captioned
 * images, footnotes, comments and the live nodes. Its node and mark names are exactly those
 * src/shared/report/report-nodes.ts accepts, so whatever the editor produces can be stored.
 */
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { CaptionedImage } from './nodes/CaptionedImage';
import { CaseBlock } from './nodes/CaseBlock';
import { Chart } from './nodes/Chart';
import { DataTable } from './nodes/DataTable';
import { Footnote } from './nodes/Footnote';
import { IndicatorValue } from './nodes/IndicatorValue';
import { Comment } from './marks/Comment';
import { LiveNodeTyping } from './live-node-typing';
import { AnnexTableNode } from '../../annex/editor/AnnexTableNode';
import { EnterpriseTableNode } from '../../enterprise/editor/EnterpriseTableNode';

export function reportExtensions() {
  return [
    StarterKit.configure({
      codeBlock: false,
      heading: { levels: [1, 2, 3, 4] },
      link: { openOnClick: false, protocols: ['http', 'https', 'mailto'], autolink: false },
    }),
    TableKit.configure({ table: { resizable: false } }),
    Placeholder.configure({ placeholder: '在此撰写本章内容…' }),
    CaptionedImage,
    Footnote,
    Comment,
    IndicatorValue,
    Chart,
    DataTable,
    CaseBlock,
    AnnexTableNode,
    EnterpriseTableNode,
    LiveNodeTyping,
  ];
}

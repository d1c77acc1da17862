/** 附表 in the report editor: a live annex table, referenced by id and drawn from the current data. */
import { liveBlockNode } from '../../report/editor/nodes/live-block';
import { AnnexTableNodeView } from './AnnexTableNodeView';

export const AnnexTableNode = liveBlockNode(
  'annexTable',
  { annexId: 'scorecard', title: '' },
  AnnexTableNodeView,
);

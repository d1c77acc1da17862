/** 企业数据表 in the report editor: the rows of a collected table that name the enterprise, kept live. */
import { liveBlockNode } from '../../report/editor/nodes/live-block';
import { EnterpriseTableView } from './EnterpriseTableView';

export const EnterpriseTableNode = liveBlockNode(
  'enterpriseTable',
  { tableCode: 'A7-5', names: [], title: '' },
  EnterpriseTableView,
);

/** 数据表: a table built from indicators or a grouped query over a collected table, kept live. */
import { liveBlockNode } from './live-block';
import { DataTableView } from './DataTableView';

export const DataTable = liveBlockNode(
  'dataTable',
  { tableId: '', title: '', caption: '', source: { type: 'indicators', indicatorIds: [] } },
  DataTableView,
);

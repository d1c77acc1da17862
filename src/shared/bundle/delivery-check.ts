/**
 * The table check of 导入数据包 (run inside verification, before any table is accepted): each table
 * must be in this year's catalog and tasks, and its department must be one that delivers that table
 * to this station as data or as a summary department's forward (routes.ts mayDeliver).
 */
import type { TableValidator } from './payload-check';
import { mayDeliver } from './routes';
import type { DeliveryRule } from './verify-ops';

export function deliveryValidator(rule: DeliveryRule): TableValidator {
  const byCode = new Map(rule.tasks.map((t) => [t.tableCode, t]));
  const known = new Set(rule.catalogTables);
  return (table, path) => {
    const task = byCode.get(table.tableCode);
    if (!known.has(table.tableCode) || task === undefined) {
      return {
        code: 'table-invalid',
        message: `文件 ${path} 的表 ${table.tableCode} 不在本年度的采集目录或任务中，已拒绝。`,
      };
    }
    if (
      !mayDeliver(task, table.departmentCode, rule.here, 'data') &&
      !mayDeliver(task, table.departmentCode, rule.here, 'forward')
    ) {
      return {
        code: 'table-invalid',
        message: `${table.departmentCode} 不负责向本站报送 ${table.tableCode} 表，已拒绝。`,
      };
    }
    return null;
  };
}

/**
 * 下载填报模板 / 导入 / 导出 for one table and slice. Hosted by 我的任务 and by the entry grid's toolbar;
 * `onImported` lets the host reload its rows after a committed import.
 */
import { Button, Space, Tooltip } from 'antd';
import { DownloadOutlined, ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { SheetLimits } from '../../../shared/sheets/sheet-limits';
import { useSession } from '../../app/session-store';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { ImportWizard } from './ImportWizard';
import { usableTables } from './sheet-context';
import { useSheetFiles } from './use-sheet-files';
import { T } from './texts';
import { useReturnFocus } from '../../ui/use-return-focus';

export interface SpreadsheetActionsProps {
  readonly table: TableDef;
  /** The department slice imported into and exported from (the station's own department, or the one the office views). */
  readonly departmentCode: string;
  /** Called after an import has been committed. */
  readonly onImported?: () => void;
  readonly size?: 'small' | 'middle';
  /** Hides 导入 (e.g. a locked or read-only view). */
  readonly readOnly?: boolean;
  /** Icons with tooltips instead of labelled buttons (narrow table columns). */
  readonly iconOnly?: boolean;
  /** Parser limits; tests inject small ones. */
  readonly limits?: SheetLimits;
}

export function SpreadsheetActions({
  table,
  departmentCode,
  onImported,
  size = 'small',
  readOnly = false,
  iconOnly = false,
  limits,
}: SpreadsheetActionsProps) {
  const data = useWorkspaceData((s) => s.data);
  const refreshSlices = useWorkspaceData((s) => s.refreshSlices);
  const user = useSession((s) => s.user);
  const files = useSheetFiles();
  const [importing, setImporting] = useState(false);
  const returnFocus = useReturnFocus();
  if (!data) return null;
  const usable = usableTables([table]).length > 0;
  const slice = { workspaceId: data.workspace.id, tableCode: table.code, departmentCode };
  const ref = [{ table, departmentCode }];

  return (
    <Tooltip title={usable ? undefined : T.pendingTable}>
      <Space.Compact size={size} data-testid={`sheet-actions-${table.code}`}>
        <Tooltip title={iconOnly ? T.downloadTemplate : undefined}>
          <Button
            icon={<DownloadOutlined />}
            aria-label={T.downloadTemplate}
            disabled={!usable}
            loading={files.busy === 'template'}
            onClick={() => void files.downloadTemplate(ref, true)}
          >
            {iconOnly ? null : T.downloadTemplate}
          </Button>
        </Tooltip>
        {!readOnly && (
          <Tooltip title={iconOnly ? T.importFile : undefined}>
            <Button
              icon={<ImportOutlined />}
              aria-label={T.importFile}
              disabled={!usable}
              onClick={() => {
                returnFocus.remember();
                setImporting(true);
              }}
            >
              {iconOnly ? null : T.importFile}
            </Button>
          </Tooltip>
        )}
        <Tooltip title={iconOnly ? T.exportData : undefined}>
          <Button
            icon={<ExportOutlined />}
            aria-label={T.exportData}
            disabled={!usable}
            loading={files.busy === 'export'}
            onClick={() => void files.exportData(ref, true)}
          >
            {iconOnly ? null : T.exportData}
          </Button>
        </Tooltip>
      </Space.Compact>
      {importing && (
        <ImportWizard
          table={table}
          slice={slice}
          actor={{ name: user?.name ?? '', role: user?.role ?? '' }}
          repo={repository()}
          {...(limits ? { limits } : {})}
          onClose={(committed) => {
            setImporting(false);
            returnFocus.restore();
            if (committed) {
              void refreshSlices();
              onImported?.();
            }
          }}
        />
      )}
    </Tooltip>
  );
}

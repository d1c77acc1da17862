/** 下载全部模板 / 导出全部 over the tables of 我的任务: one workbook, one sheet per table. */
import { Button, Space } from 'antd';
import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { useSheetFiles, type SliceRef } from './use-sheet-files';
import { T } from './texts';

export function BulkSpreadsheetActions({ slices }: { slices: readonly SliceRef[] }) {
  const files = useSheetFiles();
  return (
    <Space>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        loading={files.busy === 'template'}
        onClick={() => void files.downloadTemplate(slices, false)}
        data-testid="download-all-templates"
      >
        {T.downloadAllTemplates}
      </Button>
      <Button
        size="small"
        icon={<ExportOutlined />}
        loading={files.busy === 'export'}
        onClick={() => void files.exportData(slices, false)}
        data-testid="export-all"
      >
        {T.exportAll}
      </Button>
    </Space>
  );
}

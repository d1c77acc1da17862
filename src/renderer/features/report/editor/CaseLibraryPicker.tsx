/**
 * The 典型案例 dialog's library tab: the accepted cases of the 案例库 (every year), searchable by words,
 * tag and year, each with its department, tags and photos; the chosen one is previewed below the list.
 */
import { Empty, Image, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  searchCases,
  type CaseQuery,
  type CaseRecord,
} from '../../../../shared/report-workflow/case-library';
import { T } from '../texts';

export function CaseLibraryPicker({
  cases,
  departmentName,
  chosen,
  onChoose,
}: {
  /** Accepted cases only. */
  cases: readonly CaseRecord[];
  departmentName(code: string): string;
  chosen: string | null;
  onChoose(id: string): void;
}) {
  const [query, setQuery] = useState<CaseQuery>({});
  if (cases.length === 0)
    return <Empty description={T.caseBlock.libraryEmpty} data-testid="case-library-empty" />;
  const shown = searchCases(cases, query);
  const tags = [...new Set(cases.flatMap((c) => c.tags))].sort();
  const years = [...new Set(cases.map((c) => c.year))].sort((a, b) => b - a);
  const pick = shown.find((c) => c.id === chosen) ?? cases.find((c) => c.id === chosen);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={T.caseBlock.search}
          aria-label={T.caseBlock.search}
          style={{ width: 260 }}
          onSearch={(text) => setQuery((q) => ({ ...q, text }))}
          data-testid="case-pick-search"
        />
        <Select
          allowClear
          placeholder={T.caseBlock.tag}
          aria-label={T.caseBlock.tag}
          style={{ width: 140 }}
          options={tags.map((t) => ({ value: t, label: t }))}
          onChange={(tag?: string) => setQuery((q) => ({ ...q, tag }))}
        />
        <Select
          allowClear
          placeholder={T.caseBlock.year}
          aria-label={T.caseBlock.year}
          style={{ width: 110 }}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(year?: number) => setQuery((q) => ({ ...q, year }))}
        />
      </Space>
      <Table<CaseRecord>
        size="small"
        rowKey="id"
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        dataSource={shown}
        data-testid="case-pick-table"
        locale={{ emptyText: T.caseBlock.noMatch }}
        rowSelection={{
          type: 'radio',
          selectedRowKeys: chosen === null ? [] : [chosen],
          onChange: (keys) => keys[0] !== undefined && onChoose(String(keys[0])),
        }}
        onRow={(c) => ({ onClick: () => onChoose(c.id) })}
        columns={[
          { title: T.caseBlock.title, dataIndex: 'title' },
          { title: T.caseBlock.department, render: (_, c) => departmentName(c.departmentCode) },
          { title: T.caseBlock.year, dataIndex: 'year', width: 70 },
          {
            title: T.caseBlock.tags,
            render: (_, c) => c.tags.map((t) => <Tag key={t}>{t}</Tag>),
          },
          {
            title: T.caseBlock.photos,
            width: 80,
            render: (_, c) => (c.photos.length > 0 ? T.caseBlock.photoCount(c.photos.length) : '—'),
          },
        ]}
      />
      {pick !== undefined && (
        <div className="case-pick-preview" data-testid="case-pick-preview">
          <Typography.Text strong>
            {T.caseBlock.chosen}：{pick.title}（{departmentName(pick.departmentCode)}，{pick.year}年）
          </Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: '4px 0' }}>
            {pick.text}
          </Typography.Paragraph>
          <Space wrap size={4}>
            {pick.photos.map((p, i) => (
              <Image key={i} src={p} height={64} alt={`${pick.title} 照片 ${i + 1}`} />
            ))}
          </Space>
        </div>
      )}
    </Space>
  );
}

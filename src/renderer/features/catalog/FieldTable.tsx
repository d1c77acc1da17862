/** A table's fields in the catalog editor: order, type, unit, required, options; edit, move, remove. */
import { Button, Space, Table, Tag, Tooltip } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  EyeOutlined,
} from '@ant-design/icons';
import { FIELD_TYPE_LABELS, type FieldDef, type TableDef } from '../../../shared/catalog/catalog-types';
import { describePattern } from '../../../shared/catalog/pattern-words';
import { T } from './texts';
import { ConfirmPop } from '../../ui/ConfirmPop';

export function FieldTable(props: {
  table: TableDef;
  readOnly: boolean;
  onEdit: (f: FieldDef) => void;
  onMove: (f: FieldDef, to: number) => void;
  onRemove: (f: FieldDef) => void;
}) {
  const n = props.table.fields.length;
  return (
    <Table<FieldDef>
      rowKey="key"
      size="small"
      tableLayout="fixed"
      pagination={false}
      dataSource={props.table.fields}
      data-testid="field-table"
      columns={[
        { title: '#', width: 44, render: (_, __, i) => i + 1 },
        {
          title: T.label,
          dataIndex: 'label',
          // The key is the field's technical id: shown on hover, not as a column a clerk must read.
          render: (label: string, f) => (
            <Tooltip title={[f.note, `${T.key}：${f.key}`].filter((s) => s !== '').join('\n')}>
              <span>{label}</span>
              {!f.verified && (
                <Tag color="default" style={{ marginLeft: 4 }}>
                  {T.unverified}
                </Tag>
              )}
            </Tooltip>
          ),
        },
        { title: T.type, width: 112, render: (_, f) => FIELD_TYPE_LABELS[f.type] },
        { title: T.unit, dataIndex: 'unit', width: 60 },
        { title: T.required, width: 60, render: (_, f) => (f.required ? <Tag color="red">必填</Tag> : null) },
        {
          title: T.options,
          width: 170,
          ellipsis: true,
          render: (_, f) =>
            f.type === 'enum' ? (
              f.optionsPending ? (
                <Tag color="orange">选项待定</Tag>
              ) : (
                <span title={f.options?.join('、')}>
                  {(f.options ?? []).slice(0, 4).join('、')}
                  {(f.options?.length ?? 0) > 4 ? ` 等 ${f.options?.length} 项` : ''}
                </span>
              )
            ) : f.type === 'code' && f.pattern ? (
              describePattern(f.pattern)
            ) : null,
        },
        {
          title: T.actions,
          width: 130,
          render: (_, f, i) => (
            <Space size={2}>
              <Button
                size="small"
                type="text"
                icon={props.readOnly ? <EyeOutlined /> : <EditOutlined />}
                aria-label={`${props.readOnly ? T.viewField : T.editField} ${f.label}`}
                onClick={() => props.onEdit(f)}
              />
              {!props.readOnly && (
                <>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={`${T.moveUp} ${f.label}`}
                    disabled={i === 0}
                    onClick={() => props.onMove(f, i - 1)}
                  />
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={`${T.moveDown} ${f.label}`}
                    disabled={i === n - 1}
                    onClick={() => props.onMove(f, i + 1)}
                  />
                  <ConfirmPop
                    title={T.removeConfirm(f.label)}
                    okText={T.remove}
                    cancelText={T.cancel}
                    onConfirm={() => props.onRemove(f)}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${T.remove} ${f.label}`}
                    />
                  </ConfirmPop>
                </>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

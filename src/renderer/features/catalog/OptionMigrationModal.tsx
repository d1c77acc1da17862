/**
 * The office decides, value by value, what happens to stored values an option-list change leaves behind:
 * map each to a new option, or keep it flagged (the grid then marks it until someone corrects it).
 */
import { useState } from 'react';
import { Alert, Modal, Select, Space, Table, Typography } from 'antd';
import {
  fieldId,
  suggestedMigration,
  undecidedValue,
  type OptionListChange,
  type OptionMigration,
  type StrandedValue,
} from '../../../shared/catalog/option-migration';
import { T } from './texts';

/** A Select value cannot be null; this stands for "keep flagged". */
const KEEP = '\u0000keep';

export function OptionMigrationModal(props: {
  changes: readonly OptionListChange[];
  onConfirm: (migration: OptionMigration) => void;
  onCancel: () => void;
}) {
  const { changes } = props;
  // Mounted afresh for each save attempt, so the suggestions are the starting decisions.
  const [decisions, setDecisions] = useState<OptionMigration>(() => suggestedMigration(changes));
  const [error, setError] = useState<string | null>(null);

  const decide = (id: string, value: string, to: string) =>
    setDecisions((d) => ({ ...d, [id]: { ...d[id], [value]: to === KEEP ? null : to } }));
  const confirm = () => {
    const open = undecidedValue(changes, decisions);
    if (open) return setError(T.migrateUndecided(open.value));
    props.onConfirm(decisions);
  };

  return (
    <Modal
      open
      title={T.migrateTitle}
      okText={T.migrateOk}
      cancelText={T.cancel}
      onOk={confirm}
      onCancel={props.onCancel}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{T.migrateIntro}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Space direction="vertical" style={{ width: '100%' }} data-testid="option-migration">
        {changes.map((c) => {
          const id = fieldId(c.tableCode, c.field.key);
          const options = [
            ...(c.field.options ?? []).map((o) => ({ value: o, label: o })),
            { value: KEEP, label: T.migrateKeep },
          ];
          return (
            <div key={id}>
              <Typography.Text strong>
                {T.migrateField(c.tableCode, c.tableName, c.field.label)}
              </Typography.Text>
              <Table<StrandedValue>
                rowKey="value"
                size="small"
                pagination={false}
                dataSource={[...c.stranded]}
                columns={[
                  { title: T.migrateOld, dataIndex: 'value' },
                  { title: T.migrateCount, dataIndex: 'count', width: 90 },
                  {
                    title: T.migrateTo,
                    width: 260,
                    render: (_, s) => {
                      const to = decisions[id]?.[s.value];
                      return (
                        <Select
                          style={{ width: '100%' }}
                          value={to === null ? KEEP : to}
                          options={options}
                          aria-label={`${c.field.label}「${s.value}」${T.migrateTo}`}
                          onChange={(v: string) => decide(id, s.value, v)}
                        />
                      );
                    },
                  },
                ]}
              />
            </div>
          );
        })}
      </Space>
    </Modal>
  );
}

/**
 * One 整改 item: what, who, due, the department's answer and evidence, the history, and the steps this
 * station may take now (开始整改 / 提交整改结果 / 提交情况说明 at the department; 验收通过 / 退回 at the
 * office). Each step goes through the data writer, which re-checks it against the state machine.
 */
import { useState } from 'react';
import { App as AntApp, Button, Descriptions, Drawer, Input, Select, Space, Tag, Timeline } from 'antd';
import { allowedActions, type RectificationStep } from '../../../shared/rectification/rectification-machine';
import {
  ORIGIN_LABELS,
  RECTIFICATION_ACTION_LABELS,
  type ActorRole,
  type RectificationAction,
  type RectificationItem,
} from '../../../shared/rectification/rectification-types';
import { repository } from '../../data/repository-instance';
import { displayDate } from '../../ui/date-fields';
import { changedRowsEvidence } from './rectification-evidence';
import { R } from './texts';
import { StateTag } from './StateTag';
import { formatLocalTime } from '../../ui/local-time';

interface Props {
  readonly workspaceId: string;
  readonly item: RectificationItem | null;
  readonly role: ActorRole;
  readonly user: { readonly name: string; readonly role: string };
  readonly departmentName: (code: string) => string;
  readonly tables: readonly string[];
  onClose(): void;
  onChanged(): Promise<void>;
}

export function RectificationDetail(props: Props) {
  const { message } = AntApp.useApp();
  const [note, setNote] = useState('');
  const [table, setTable] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<RectificationAction | null>(null);
  const item = props.item;
  if (item === null) return <Drawer open={false} />;

  const act = async (action: RectificationAction) => {
    setBusy(action);
    const evidence =
      action === 'fix' && table !== undefined
        ? await changedRowsEvidence(props.workspaceId, table, item.departmentCode, item.createdAt)
        : undefined;
    const step: RectificationStep = {
      action,
      role: props.role,
      by: props.user.name,
      at: '',
      note,
      ...(evidence === undefined ? {} : { evidence }),
    };
    const r = await repository().stepRectification(props.workspaceId, item.id, step, props.user);
    setBusy(null);
    if (!r.ok) {
      void message.error(r.error.message);
      return;
    }
    void message.success(R.detail.done);
    setNote('');
    await props.onChanged();
  };

  const actions = allowedActions(item, props.role);
  const ev = item.evidence;
  return (
    <Drawer open width={560} title={`${R.detail.title}：${item.title}`} onClose={props.onClose}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={R.columns.department}>
          {props.departmentName(item.departmentCode)}
        </Descriptions.Item>
        <Descriptions.Item label={R.columns.origin}>{ORIGIN_LABELS[item.origin.kind]}</Descriptions.Item>
        <Descriptions.Item label={R.form.detail}>{item.detail || R.detail.noEvidence}</Descriptions.Item>
        <Descriptions.Item label={R.columns.due}>{displayDate(item.dueDate)}</Descriptions.Item>
        <Descriptions.Item label={R.columns.state}>
          <StateTag item={item} />
          {item.blocking && <Tag color="red">{R.blocking}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={R.detail.response}>
          <span data-testid="rectification-response">{item.response || R.detail.noResponse}</span>
        </Descriptions.Item>
        <Descriptions.Item label={R.detail.evidence}>
          {ev.tableCode === null
            ? R.detail.noEvidence
            : R.detail.evidenceRows(ev.tableCode, ev.rowIds.length)}
        </Descriptions.Item>
      </Descriptions>
      <h4 style={{ marginTop: 16 }}>{R.detail.history}</h4>
      <Timeline
        items={[
          { children: R.detail.createdBy(item.createdBy, formatLocalTime(item.createdAt)) },
          ...item.history.map((h) => ({
            children: `${formatLocalTime(h.at)} ${R.roles[h.role]} ${h.by}：${RECTIFICATION_ACTION_LABELS[h.action]}${h.note ? `（${h.note}）` : ''}`,
          })),
        ]}
      />
      {actions.length > 0 && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label={R.detail.note}
            placeholder={R.detail.notePlaceholder}
            value={note}
            rows={3}
            onChange={(e) => setNote(e.target.value)}
          />
          {actions.includes('fix') && (
            <Select
              allowClear
              style={{ width: '100%' }}
              aria-label={R.detail.evidenceTable}
              placeholder={R.detail.evidenceTable}
              value={table}
              onChange={setTable}
              options={props.tables.map((t) => ({ value: t, label: t }))}
            />
          )}
          <Space wrap>
            {actions.map((a) => (
              <Button
                key={a}
                loading={busy === a}
                type={a === 'accept' || a === 'fix' ? 'primary' : 'default'}
                onClick={() => void act(a)}
              >
                {RECTIFICATION_ACTION_LABELS[a]}
              </Button>
            ))}
          </Space>
        </Space>
      )}
    </Drawer>
  );
}

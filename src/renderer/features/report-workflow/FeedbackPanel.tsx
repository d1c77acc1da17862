/** 信息跟踪和反馈: what was said about the published report, recorded after 社会发布. */
import { App as AntApp, Button, Form, Input, List, Space, Typography } from 'antd';
import type { FeedbackEntry } from '../../../shared/report-workflow/workflow-types';
import type { Result } from '../../../shared/result';
import { W } from './texts';

export function FeedbackPanel({
  entries,
  onAdd,
}: {
  entries: readonly FeedbackEntry[];
  onAdd(entry: { date: string; source: string; text: string }): Promise<Result<void>>;
}) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ date: string; source: string; text: string }>();
  const add = async () => {
    const v = form.getFieldsValue();
    const r = await onAdd({ date: v.date ?? '', source: v.source ?? '', text: v.text ?? '' });
    if (!r.ok) message.error({ content: r.error.message, duration: 8 });
    else form.resetFields();
  };
  return (
    <div data-testid="feedback-panel">
      <Typography.Title level={5}>{W.feedback}</Typography.Title>
      <List
        size="small"
        dataSource={[...entries]}
        locale={{ emptyText: W.noFeedback }}
        renderItem={(e) => (
          <List.Item>
            {e.date} · {e.source}：{e.text}（{e.by}）
          </List.Item>
        )}
      />
      <Form form={form} layout="inline" style={{ marginTop: 8 }}>
        <Space wrap>
          <Form.Item name="date">
            <Input placeholder={W.feedbackDate} aria-label={W.feedbackDate} />
          </Form.Item>
          <Form.Item name="source">
            <Input placeholder={W.feedbackSource} aria-label={W.feedbackSource} />
          </Form.Item>
          <Form.Item name="text">
            <Input style={{ width: 320 }} placeholder={W.feedbackText} aria-label={W.feedbackText} />
          </Form.Item>
          <Button onClick={() => void add()}>{W.addFeedback}</Button>
        </Space>
      </Form>
    </div>
  );
}

/** Picks an indicator and a phrase for a new 指标数值 node; shows what it will read now. */
import { Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { PHRASES, type Phrase } from '../../../../shared/report/live-attrs';
import { resolveIndicatorValue } from '../../../../shared/report/live-values';
import { useLiveSource } from '../live/source-store';
import { T } from '../texts';

export function InsertIndicatorModal({
  open,
  onDone,
}: {
  open: boolean;
  onDone(v: { indicatorId: string; phrase: Phrase } | null): void;
}) {
  const source = useLiveSource((s) => s.source);
  const [id, setId] = useState<string | undefined>();
  const [phrase, setPhrase] = useState<Phrase>('value');
  const preview = id ? resolveIndicatorValue({ indicatorId: id, phrase }, source) : null;
  return (
    <Modal
      open={open}
      title={T.toolbar.indicator}
      okText={T.indicator.insert}
      okButtonProps={{ disabled: !id }}
      onOk={() => id && onDone({ indicatorId: id, phrase })}
      onCancel={() => onDone(null)}
      destroyOnHidden
    >
      {source.list().length === 0 && <Typography.Text type="secondary">{T.indicator.none}</Typography.Text>}
      <Select
        style={{ width: '100%' }}
        placeholder={T.indicator.pick}
        value={id}
        onChange={setId}
        showSearch={{ optionFilterProp: 'label' }}
        options={source.list().map((i) => ({ value: i.id, label: i.name }))}
        data-testid="indicator-select"
      />
      <div style={{ marginTop: 12 }}>
        <Radio.Group value={phrase} onChange={(e) => setPhrase(e.target.value as Phrase)}>
          {PHRASES.map((p) => (
            <Radio key={p} value={p}>
              {T.indicator.phrases[p]}
            </Radio>
          ))}
        </Radio.Group>
      </div>
      {preview && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {preview.text}
          {preview.state === 'unavailable' ? `（${preview.reason}）` : ''}
        </Typography.Paragraph>
      )}
    </Modal>
  );
}

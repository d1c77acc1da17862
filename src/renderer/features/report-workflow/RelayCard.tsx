/**
 * At a summary department, a chapter it relays: who sent which revision, the reviewer's note, and
 * 审核并转报督导室 — the department's signed chapter goes on to the office unchanged, under this
 * station's signature with the note (chapter-relay-send.ts).
 */
import { Alert, App as AntApp, Button, Input, Space } from 'antd';
import { useState } from 'react';
import type { ChapterWork } from '../../../shared/report-workflow/chapter-types';
import type { Acting, ExchangeDeps } from '../bundles/exchange-context';
import { buildChapterRelay, relayed } from './chapter-relay-send';
import { saveChapterBundle } from './chapter-save';
import { W } from './texts';

export function RelayCard({
  work,
  deps,
  acting,
  departmentName,
  onSent,
}: {
  work: ChapterWork;
  deps: ExchangeDeps;
  acting: Acting;
  departmentName: string;
  onSent(): void;
}) {
  const { message } = AntApp.useApp();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (work.state !== 'submitted' || work.original === undefined)
    return <Alert type="info" showIcon title={W.relayWaiting} data-testid="relay-card" />;
  const done = relayed(work);
  const send = async () => {
    setBusy(true);
    const out = await buildChapterRelay(deps, acting, work, note);
    const r = out.ok ? await saveChapterBundle(deps, acting, out.value) : out;
    setBusy(false);
    if (!r.ok) return void message.error({ content: r.error.message, duration: 10 });
    if (r.value !== null) {
      message.success(W.saved(r.value));
      onSent();
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 8 }} data-testid="relay-card">
      <Alert
        type={done ? 'success' : 'info'}
        showIcon
        title={
          done
            ? W.relayDone(work.revision)
            : W.relayFrom(departmentName, work.revision, work.approvedBy ?? '')
        }
      />
      {!done && (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            placeholder={W.relayNote}
            aria-label={W.relayNote}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
          />
          <Button type="primary" loading={busy} onClick={() => void send()} data-testid="relay-chapter">
            {W.relaySend}
          </Button>
        </Space.Compact>
      )}
    </Space>
  );
}

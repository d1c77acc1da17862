/**
 * At the office: sends a college its enterprise-report assignments in its chapter bundle (the same bundle
 * that carries its chapter assignments and the indicator snapshot, report-workflow/office-send.ts).
 */
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { useExchange } from '../bundles/use-exchange';
import { sendChapterBundle } from '../report-workflow/office-send';
import { PassphraseField } from './PassphraseField';
import { T } from './texts';

export function AssignmentSend(props: {
  data: WorkspaceData;
  colleges: readonly { code: string; name: string }[];
}) {
  const { message } = App.useApp();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const { deps, acting } = useExchange(passphrase === '' ? null : passphrase);
  if (!acting || props.colleges.length === 0) return null;
  const send = async (code: string) => {
    setBusy(true);
    const r = await sendChapterBundle(deps, acting, props.data.catalog, code, []);
    setBusy(false);
    if (!r.ok) void message.error({ content: r.error.message, duration: 10 });
    else if (r.value !== null) void message.success(T.assignmentSent(r.value));
  };
  return (
    <Space wrap style={{ marginTop: 12 }} data-testid="enterprise-assignment-send">
      <PassphraseField needed={deps.keys.needsPassphrase} value={passphrase} onChange={setPassphrase} />
      {props.colleges.map((c) => (
        <Button key={c.code} size="small" loading={busy} onClick={() => void send(c.code)}>
          {T.sendAssignment(c.name)}
        </Button>
      ))}
    </Space>
  );
}

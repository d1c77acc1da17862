/**
 * 报送督导室 at a college: its 负责人 signs the approved enterprise report as a chapter bundle, to the office
 * or to the summary department the office named, which relays it.
 */
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { departmentNamer } from '../../../shared/departments/department-names';
import type { Department } from '../../../shared/departments/department-types';
import { useExchange } from '../bundles/use-exchange';
import { saveChapterBundle } from '../report-workflow/chapter-save';
import { buildEnterpriseBundle } from './enterprise-send';
import { useEnterpriseStore } from './enterprise-store';
import { PassphraseField } from './PassphraseField';
import { T } from './texts';

export function EnterpriseSend(props: { reportId: string; departments: readonly Department[] }) {
  const { reportId } = props;
  const { message } = App.useApp();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const { deps, acting } = useExchange(passphrase === '' ? null : passphrase);
  const link = useEnterpriseStore((s) => s.links.find((l) => l.reportId === reportId));
  const sent = link?.revision;
  if (!acting) return null;
  const send = async () => {
    setBusy(true);
    const out = await buildEnterpriseBundle(deps, acting, reportId);
    const r = out.ok ? await saveChapterBundle(deps, acting, out.value) : out;
    setBusy(false);
    if (!r.ok) return void message.error({ content: r.error.message, duration: 10 });
    if (r.value !== null) void message.success(T.sent(r.value));
    await useEnterpriseStore.getState().load(acting.workspace.id);
  };
  return (
    <Space orientation="vertical" size={4} data-testid="enterprise-send">
      <PassphraseField needed={deps.keys.needsPassphrase} value={passphrase} onChange={setPassphrase} />
      <Button type="primary" loading={busy} onClick={() => void send()} data-testid="enterprise-send-office">
        {link?.via === undefined ? T.send : T.sendVia(departmentNamer(props.departments)(link.via))}
      </Button>
      {sent !== undefined && (
        <Typography.Text type="secondary" data-testid="enterprise-sent-revision">
          {T.sentRevision(sent)}
        </Typography.Text>
      )}
    </Space>
  );
}

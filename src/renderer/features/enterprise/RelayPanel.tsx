/**
 * At a summary department the office named on an enterprise report's route: the reports colleges sent
 * here, and 转报督导室 — the college's signed report goes on to the office unchanged, under this station's
 * signature with the reviewer's note (enterprise-send.ts buildEnterpriseRelay).
 */
import { App, Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { EnterpriseReportLink } from '../../../shared/enterprise/enterprise-types';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { useExchange } from '../bundles/use-exchange';
import { saveChapterBundle } from '../report-workflow/chapter-save';
import { buildEnterpriseRelay } from './enterprise-send';
import { useEnterpriseStore } from './enterprise-store';
import { linkColumns } from './link-columns';
import { PassphraseField } from './PassphraseField';
import { T } from './texts';

export function RelayPanel({ data }: { data: WorkspaceData }) {
  const { message } = App.useApp();
  const { links, roster } = useEnterpriseStore();
  const [passphrase, setPassphrase] = useState('');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const { deps, acting } = useExchange(passphrase === '' ? null : passphrase);
  const me = data.workspace.station.departmentCode;
  const mine = links.filter((l) => l.via !== undefined && l.via === me);
  const name = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  const relay = async (l: EnterpriseReportLink) => {
    if (!acting) return;
    setBusy(l.reportId);
    const out = await buildEnterpriseRelay(deps, acting, l.reportId, notes[l.reportId] ?? '');
    const r = out.ok ? await saveChapterBundle(deps, acting, out.value) : out;
    setBusy(null);
    if (!r.ok) return void message.error({ content: r.error.message, duration: 10 });
    if (r.value !== null) void message.success(T.relaySent(r.value));
    await useEnterpriseStore.getState().load(data.workspace.id);
  };
  return (
    <div data-testid="enterprise-relay">
      <Typography.Paragraph type="secondary">{T.relayIntro}</Typography.Paragraph>
      <PassphraseField needed={deps.keys.needsPassphrase} value={passphrase} onChange={setPassphrase} />
      <Table<EnterpriseReportLink>
        size="small"
        rowKey="reportId"
        pagination={false}
        locale={{ emptyText: T.noReports }}
        dataSource={mine}
        style={{ marginTop: 8 }}
        columns={[
          ...linkColumns(name, roster),
          {
            title: T.status,
            key: 'status',
            render: (_, l) =>
              l.revision === undefined ? (
                <Tag>{T.notReceived}</Tag>
              ) : l.relayed === l.revision ? (
                <Tag color="green">{T.relayed(l.revision)}</Tag>
              ) : (
                <Tag color="blue">{T.heldRevision(l.revision)}</Tag>
              ),
          },
          {
            title: '',
            key: 'relay',
            render: (_, l) =>
              l.revision !== undefined && l.relayed !== l.revision && l.original !== undefined ? (
                <Space.Compact>
                  <Input
                    size="small"
                    style={{ width: 200 }}
                    placeholder={T.relayNote}
                    aria-label={T.relayNote}
                    maxLength={2000}
                    value={notes[l.reportId] ?? ''}
                    onChange={(e) => setNotes((n) => ({ ...n, [l.reportId]: e.target.value }))}
                  />
                  <Button
                    size="small"
                    type="primary"
                    loading={busy === l.reportId}
                    disabled={!acting}
                    onClick={() => void relay(l)}
                    data-testid="enterprise-relay-send"
                  >
                    {T.relay}
                  </Button>
                </Space.Compact>
              ) : null,
          },
        ]}
      />
    </div>
  );
}

/**
 * 新建下一学年: from this (locked) year, the next one in one step, at the office and at a department.
 * The writer refuses an unlocked year with the reason; success offers to open the new year.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Descriptions, Input, Popconfirm, Space, Typography } from 'antd';
import { newUuid } from '../../../shared/ids';
import { nextYearWorkspace } from '../../../shared/year-close/rollover';
import { academicYearLabel } from '../../../shared/workspace/collection-period';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { useSession } from '../../app/session-store';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { displayDate } from '../../ui/date-fields';
import { getPlatform } from '../../platform/platform';
import { hasTrustToReissue, signReissuedTrustList } from './reissue-trust';
import { R } from './texts';

export function RolloverPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const open = useSession((s) => s.open);
  const { message } = AntApp.useApp();
  const [created, setCreated] = useState<Workspace | null>(null);
  const [busy, setBusy] = useState(false);
  const [pass, setPass] = useState('');
  const [reissue, setReissue] = useState(false);
  const ws = data?.workspace;
  useEffect(() => {
    let live = true;
    if (ws) void hasTrustToReissue(ws).then((r) => live && setReissue(r));
    return () => {
      live = false;
    };
  }, [ws]);
  const needsPass = reissue && getPlatform().keys.needsPassphrase;
  const next = useMemo(() => (ws ? nextYearWorkspace(ws, newUuid(), new Date().toISOString()) : null), [ws]);
  if (!ws || !user || !next) return null;
  const create = async () => {
    setBusy(true);
    try {
      // The office signs its trust list for the new year first; the rollover checks it and stores it.
      const signed = await signReissuedTrustList(ws, user, needsPass ? pass : null);
      if (!signed.ok)
        return void message.error({ content: R.signFailed(signed.error.message), duration: 10 });
      const r = await repository().rolloverYear(
        ws.id,
        { ...next, createdAt: new Date().toISOString() },
        user,
        signed.value,
      );
      if (r.ok) {
        setCreated(next);
        message.success(R.created(next.name));
      } else message.error({ content: r.error.message, duration: 10 });
    } finally {
      setBusy(false);
    }
  };
  const me = created?.users.find((u) => u.id === user.id);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="rollover-page">
      <Typography.Title level={4}>{R.title}</Typography.Title>
      <Typography.Paragraph>{R.intro}</Typography.Paragraph>
      <Typography.Paragraph>{R.carried}</Typography.Paragraph>
      {ws.station.role !== 'office' && <Typography.Paragraph>{R.department}</Typography.Paragraph>}
      <Alert type="info" showIcon title={ws.station.role === 'office' ? R.keyNoteOffice : R.keyNote} />
      <Card size="small" title={R.preview}>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={R.name}>{next.name}</Descriptions.Item>
          <Descriptions.Item label={R.period}>{academicYearLabel(next.academicYearStart)}</Descriptions.Item>
          <Descriptions.Item label={R.finance}>{next.financeYear}</Descriptions.Item>
          <Descriptions.Item label={R.snapshot}>{displayDate(next.snapshotDate)}</Descriptions.Item>
          <Descriptions.Item label={R.fill}>{displayDate(next.deadlines.fill)}</Descriptions.Item>
        </Descriptions>
        <Space style={{ marginTop: 12 }}>
          {created === null && needsPass && (
            <Input.Password
              aria-label={R.passphrase}
              placeholder={R.passphrase}
              value={pass}
              onChange={(e) => setPass(e.target.value)}
            />
          )}
          {created === null ? (
            <Popconfirm title={R.confirm} onConfirm={() => void create()}>
              <Button type="primary" loading={busy}>
                {R.create}
              </Button>
            </Popconfirm>
          ) : (
            <>
              <Alert type="success" showIcon title={R.created(created.name)} data-testid="rollover-done" />
              {me && <Button onClick={() => open(created.id, me)}>{R.open}</Button>}
            </>
          )}
        </Space>
      </Card>
    </Space>
  );
}

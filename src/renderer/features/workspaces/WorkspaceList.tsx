/** Start page: the collection years on this station — open, rename, delete (with typed confirmation), create. */
import { useEffect, useState } from 'react';
import { App as AntApp, Button, Card, Empty, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  STATION_ROLE_LABELS,
  type LocalUser,
  type Workspace,
} from '../../../shared/workspace/workspace-types';
import { schoolIdentifier } from '../../../shared/workspace/school-identifier';
import { repository } from '../../data/repository-instance';
import { useSession } from '../../app/session-store';
import { useWorkspaceList } from './workspace-list-store';
import { NewWorkspaceForm } from './NewWorkspaceForm';
import { createYearWithBuiltIns } from './create-year';
import { LoginDialog } from './LoginDialog';
import { T } from './texts';
import { formatLocalTime } from '../../ui/local-time';

const SYSTEM_ACTOR = { name: '系统', role: 'system' } as const;

export function WorkspaceList() {
  const { message } = AntApp.useApp();
  const { workspaces, loaded, reload } = useWorkspaceList();
  const open = useSession((s) => s.open);
  const [creating, setCreating] = useState(false);
  const [loginFor, setLoginFor] = useState<Workspace | null>(null);
  const [renaming, setRenaming] = useState<{ ws: Workspace; name: string } | null>(null);
  const [deleting, setDeleting] = useState<{ ws: Workspace; typed: string } | null>(null);

  useEffect(() => {
    void reload();
  }, [reload]);

  const create = async (ws: Workspace) => {
    const refused = await createYearWithBuiltIns(ws);
    if (refused) throw new Error(refused);
    await reload();
    setCreating(false);
    message.success(T.created);
  };

  const rename = async () => {
    if (!renaming) return;
    const name = renaming.name.trim();
    if (!name) return;
    const r = await repository().updateWorkspace(
      { ...renaming.ws, name, updatedAt: new Date().toISOString() },
      SYSTEM_ACTOR,
    );
    if (!r.ok) return void message.error(r.error.message);
    setRenaming(null);
    await reload();
    message.success(T.renamed);
  };

  const remove = async () => {
    if (!deleting || deleting.typed !== deleting.ws.name) return;
    const r = await repository().deleteWorkspace(deleting.ws.id, SYSTEM_ACTOR);
    if (!r.ok) return void message.error(r.error.message);
    setDeleting(null);
    await reload();
    message.success(T.deleted);
  };

  if (creating) return <NewWorkspaceForm onCreate={create} onCancel={() => setCreating(false)} />;

  return (
    <Card
      title={T.workspaces}
      style={{ maxWidth: 1100, margin: '24px auto' }}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {T.newWorkspace}
        </Button>
      }
    >
      {loaded && workspaces.length === 0 ? (
        <Empty description={T.noWorkspaces} />
      ) : (
        <Table<Workspace>
          rowKey="id"
          dataSource={workspaces}
          pagination={false}
          loading={!loaded}
          columns={[
            {
              title: T.workspaceName,
              dataIndex: 'name',
              render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
            },
            {
              title: T.school,
              render: (_, w) =>
                `${w.school.name}（${schoolIdentifier(w.school.provinceCode, w.school.code) ?? w.school.code}）`,
            },
            { title: T.stationRole, render: (_, w) => <Tag>{STATION_ROLE_LABELS[w.station.role]}</Tag> },
            {
              title: T.updatedAt,
              dataIndex: 'updatedAt',
              render: (s: string) => formatLocalTime(s),
            },
            {
              title: '',
              align: 'right',
              render: (_, w) => (
                <Space>
                  <Button type="primary" onClick={() => setLoginFor(w)}>
                    {T.open}
                  </Button>
                  <Button onClick={() => setRenaming({ ws: w, name: w.name })}>{T.rename}</Button>
                  <Button danger onClick={() => setDeleting({ ws: w, typed: '' })}>
                    {T.delete}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <LoginDialog
        workspace={loginFor}
        onCancel={() => setLoginFor(null)}
        onLogin={(user: LocalUser) => {
          if (loginFor) open(loginFor.id, user);
          setLoginFor(null);
        }}
      />
      <Modal
        open={renaming !== null}
        title={T.rename}
        onOk={rename}
        onCancel={() => setRenaming(null)}
        okText={T.rename}
        cancelText={T.cancel}
      >
        <Input
          value={renaming?.name ?? ''}
          onChange={(e) => renaming && setRenaming({ ...renaming, name: e.target.value })}
          aria-label={T.workspaceName}
        />
      </Modal>
      <Modal
        open={deleting !== null}
        title={T.deleteConfirmTitle}
        okText={T.delete}
        okButtonProps={{ danger: true, disabled: !deleting || deleting.typed !== deleting.ws.name }}
        cancelText={T.cancel}
        onOk={remove}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting ? T.deleteConfirm(deleting.ws.name) : ''}</p>
        <Input
          value={deleting?.typed ?? ''}
          placeholder={T.deleteTypeName}
          onChange={(e) => deleting && setDeleting({ ...deleting, typed: e.target.value })}
        />
      </Modal>
    </Card>
  );
}

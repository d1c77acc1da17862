/** 合作企业名册: the partner enterprises with their names, credit code, college and the years they compiled. */
import { App, Button, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Enterprise } from '../../../shared/enterprise/enterprise-types';
import { EnterpriseForm } from './EnterpriseForm';
import { useEnterpriseStore } from './enterprise-store';
import { T } from './texts';

export function RosterPanel(props: {
  colleges: readonly { code: string; name: string }[];
  actor: { name: string; role: string };
}) {
  const { message } = App.useApp();
  const roster = useEnterpriseStore((s) => s.roster);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Enterprise | null>(null);
  const collegeName = (code: string) => props.colleges.find((c) => c.code === code)?.name ?? code;
  const save = async (e: Enterprise) => {
    const r = await useEnterpriseStore.getState().save(e, props.actor);
    if (!r.ok) void message.error(r.error.message);
    else void message.success(T.saved);
    return r.ok;
  };
  return (
    <>
      <Button
        type="primary"
        style={{ marginBottom: 12 }}
        onClick={() => {
          setEditing(null);
          setOpen(true);
        }}
        data-testid="enterprise-add"
      >
        {T.add}
      </Button>
      <Table<Enterprise>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...roster]}
        data-testid="enterprise-roster"
        columns={[
          {
            title: T.name,
            key: 'name',
            render: (_, e) => (
              <>
                {e.name}
                {e.aliases.length > 0 && <div className="muted">{e.aliases.join('、')}</div>}
                {e.inactive && <Tag>{T.inactive}</Tag>}
              </>
            ),
          },
          { title: T.creditCode, dataIndex: 'creditCode' },
          { title: T.industry, dataIndex: 'industry' },
          { title: T.college, key: 'college', render: (_, e) => collegeName(e.collegeCode) },
          {
            title: T.years,
            key: 'years',
            render: (_, e) => (e.yearsCompiled.length ? e.yearsCompiled.join('、') : T.none),
          },
          {
            title: '',
            key: 'edit',
            render: (_, e) => (
              <Button
                size="small"
                onClick={() => {
                  setEditing(e);
                  setOpen(true);
                }}
              >
                {T.edit}
              </Button>
            ),
          },
        ]}
      />
      <EnterpriseForm
        open={open}
        editing={editing}
        colleges={props.colleges}
        onCancel={() => setOpen(false)}
        onSave={save}
      />
    </>
  );
}

/** Opening a workspace asks who is working and their PIN (everyday user switching on a shared PC). */
import { useState } from 'react';
import { Alert, Form, Input, Modal, Select, type InputRef } from 'antd';
import { verifyPin } from '../../../shared/workspace/pin';
import { USER_ROLE_LABELS, type LocalUser, type Workspace } from '../../../shared/workspace/workspace-types';
import { useFocusOnOpen } from '../../ui/use-focus-on-open';
import { T } from './texts';

export function LoginDialog(props: {
  workspace: Workspace | null;
  onLogin: (user: LocalUser) => void;
  onCancel: () => void;
}) {
  const [userId, setUserId] = useState<string | undefined>(undefined);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pinRef, focusPin] = useFocusOnOpen<InputRef>();
  const ws = props.workspace;
  const users = ws?.users ?? [];
  const selected = users.find((u) => u.id === userId) ?? users[0];

  const submit = () => {
    if (!selected) return;
    if (!verifyPin(pin, selected.pinSalt, selected.pinHash)) {
      setError(T.wrongPin);
      return;
    }
    setPin('');
    setError(null);
    props.onLogin(selected);
  };

  return (
    <Modal
      open={ws !== null}
      title={ws ? T.loginTitle(ws.name) : ''}
      okText={T.login}
      cancelText={T.cancel}
      onOk={submit}
      onCancel={() => {
        setPin('');
        setError(null);
        props.onCancel();
      }}
      destroyOnHidden
      afterOpenChange={focusPin}
    >
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label={T.chooseUser} htmlFor="login-user">
          <Select
            id="login-user"
            value={selected?.id}
            onChange={setUserId}
            data-testid="login-user"
            options={users.map((u) => ({ value: u.id, label: `${u.name}（${USER_ROLE_LABELS[u.role]}）` }))}
          />
        </Form.Item>
        <Form.Item label={T.pin} htmlFor="login-pin">
          <Input.Password
            id="login-pin"
            ref={pinRef}
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            onPressEnter={submit}
            autoFocus
            data-testid="login-pin"
          />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

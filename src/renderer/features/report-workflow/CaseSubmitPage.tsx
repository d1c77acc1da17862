/**
 * 报送案例 (department): enter a typical case and sign it to the office's 案例库. With the desktop key
 * vault the signing key is unlocked by the passphrase typed here, as on the other signing pages.
 */
import { Input, Space } from 'antd';
import { useState } from 'react';
import { useExchange } from '../bundles/use-exchange';
import { CaseSubmitCard } from './CaseSubmitCard';
import { W } from './texts';

export function CaseSubmitPage() {
  const [passphrase, setPassphrase] = useState('');
  const { deps, acting, data } = useExchange(passphrase === '' ? null : passphrase);
  if (!data || !acting) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {deps.keys.needsPassphrase && (
        <Input.Password
          style={{ width: 260 }}
          placeholder={W.passphrase}
          aria-label={W.passphrase}
          data-testid="sign-passphrase"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      )}
      <CaseSubmitCard deps={deps} acting={acting} year={data.workspace.academicYearStart + 1} />
    </Space>
  );
}

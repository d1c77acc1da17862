/** The 负责人's signing passphrase, asked only where the key needs one (the desktop app's vault). */
import { Input } from 'antd';
import { T } from './texts';

export function PassphraseField(props: { needed: boolean; value: string; onChange: (v: string) => void }) {
  if (!props.needed) return null;
  return (
    <Input.Password
      size="small"
      placeholder={T.passphrase}
      aria-label={T.passphrase}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      data-testid="enterprise-sign-passphrase"
    />
  );
}

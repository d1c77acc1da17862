/** 必备附表: the annex tables the year's notice requires; 合规审查 reports any the 附表 chapter lacks. */
import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { DEFAULT_ANNEXES } from '../../../../shared/report/report-template';
import { T } from '../texts';

export function RequiredAnnexes({
  annexes,
  disabled,
  onSave,
}: {
  annexes: readonly string[];
  disabled: boolean;
  onSave(next: string[]): Promise<boolean>;
}) {
  const [value, setValue] = useState<string[]>([...annexes]);
  const changed = value.join('\n') !== annexes.join('\n');
  const options = [...new Set([...DEFAULT_ANNEXES, ...annexes])].map((a) => ({ value: a, label: a }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="required-annexes">
      <Select
        mode="tags"
        style={{ width: '100%' }}
        value={value}
        options={options}
        disabled={disabled}
        maxCount={20}
        aria-label={T.outline.annexes}
        placeholder={T.outline.annexesPlaceholder}
        onChange={(v: string[]) =>
          setValue(v.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 60))
        }
      />
      {!disabled && (
        <Button disabled={!changed} onClick={() => void onSave(value)} data-testid="save-annexes">
          {T.outline.saveAnnexes}
        </Button>
      )}
    </Space>
  );
}

/**
 * A list of dates edited from the keyboard: each chosen date is a button that removes it, and one date
 * field adds the next. It replaces antd's DatePicker `multiple`, whose only input is hidden (nothing to
 * focus, no name for a screen reader: the field could not be reached or told apart without a mouse).
 * Dates are YYYYMMDD strings, kept sorted and unique by the caller.
 */
import { Button, DatePicker, Space } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { displayDate, toYyyymmdd } from './date-fields';

export interface DateListFieldProps {
  readonly dates: readonly string[];
  readonly onChange: (dates: string[]) => void;
  /** The add field's accessible name (e.g. "A10-1 更新点"). */
  readonly label: string;
  /** The remove button's name for one date (e.g. "删除 A10-1 的更新点 2026-11-01"). */
  readonly removeLabel: (shown: string) => string;
  readonly placeholder?: string;
}

export function DateListField({ dates, onChange, label, removeLabel, placeholder }: DateListFieldProps) {
  return (
    <Space direction="vertical" size={4} style={{ width: '100%', marginTop: 4 }}>
      {dates.length > 0 && (
        <Space wrap size={4}>
          {dates.map((d) => (
            <Button
              key={d}
              size="small"
              icon={<CloseOutlined />}
              iconPlacement="end"
              aria-label={removeLabel(displayDate(d))}
              onClick={() => onChange(dates.filter((x) => x !== d))}
            >
              {displayDate(d)}
            </Button>
          ))}
        </Space>
      )}
      <DatePicker
        value={null}
        placeholder={placeholder}
        aria-label={label}
        style={{ width: '100%' }}
        onChange={(d: Dayjs | null) => {
          if (d) onChange([...dates, toYyyymmdd(d)]);
        }}
      />
    </Space>
  );
}

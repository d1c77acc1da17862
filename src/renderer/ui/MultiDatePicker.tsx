/**
 * antd's DatePicker with `multiple`, named for assistive technology. In multiple mode the picker's one
 * focusable element is a read-only input that takes none of the props given to the picker (no
 * aria-label, no id, so no <label htmlFor> either): a screen reader announced an unnamed field. The name
 * is set on that input after each render, so it follows a re-created input and a changed label.
 */
import { useLayoutEffect, useRef } from 'react';
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';

export interface MultiDatePickerProps {
  readonly placeholder?: string;
  readonly style?: CSSProperties;
  /** The field's accessible name. */
  readonly 'aria-label': string;
  readonly value: Dayjs[];
  readonly onChange: (dates: Dayjs[]) => void;
}

export function MultiDatePicker({
  'aria-label': label,
  value,
  onChange,
  placeholder,
  style,
}: MultiDatePickerProps) {
  const root = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    root.current?.querySelector('input')?.setAttribute('aria-label', label);
  });
  return (
    <span ref={root} style={{ display: 'block' }}>
      <DatePicker
        multiple
        placeholder={placeholder}
        style={style}
        value={value}
        onChange={(ds: Dayjs[] | null) => onChange(ds ?? [])}
      />
    </span>
  );
}

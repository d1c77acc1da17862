/**
 * Looks like a link, is a button: reachable by Tab and pressed with Enter or Space. For in-page actions
 * (open a table, drill into a slice) that antd's Typography.Link would render as an <a> without href,
 * which the keyboard skips.
 */
import { Button, type ButtonProps } from 'antd';

export function LinkButton(props: Omit<ButtonProps, 'type'> & { strong?: boolean }) {
  const { strong, style, ...rest } = props;
  return (
    <Button
      type="link"
      size="small"
      {...rest}
      style={{ padding: 0, height: 'auto', fontWeight: strong ? 600 : undefined, ...style }}
    />
  );
}

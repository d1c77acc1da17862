/**
 * antd's Popconfirm with the keyboard in mind: its 取消 button takes the focus each time it opens (the
 * safe choice; Tab reaches the confirming button), so a confirmation opened by Enter is answered by the
 * keyboard too. The popup is rebuilt on every opening so the focus is taken again, not only the first time.
 */
import { Popconfirm, type PopconfirmProps } from 'antd';

export function ConfirmPop(props: PopconfirmProps) {
  return (
    <Popconfirm
      destroyOnHidden
      {...props}
      cancelButtonProps={{ autoFocus: true, ...props.cancelButtonProps }}
    />
  );
}

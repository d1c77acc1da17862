// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReasonDialog } from './ReasonDialog';

afterEach(cleanup);

const REQUIRED = '请填写不同意的理由';

/** The dialog as a page holds it: opened by a button, closed by the page (`close`) or by 取消. */
function Host({
  onOk,
  required,
}: {
  /** `close` lets a write close the dialog before it resolves, as a page does that reloads after a write. */
  onOk: (reason: string, close: () => void) => Promise<boolean>;
  required?: string;
}) {
  const [open, setOpen] = useState(true);
  // Without animation, as the app runs when the system asks for reduced motion (and as e2e runs it).
  return (
    <ConfigProvider theme={{ token: { motion: false } }}>
      <button onClick={() => setOpen(true)}>再次打开</button>
      <ReasonDialog
        open={open}
        title="不同意 团委会 更新表 A9-6-1"
        hint="不同意的理由将随审核反馈包发给部门。"
        label="答复说明"
        placeholder="必填"
        okText="不同意"
        cancelText="取消"
        testId="reason"
        required={required}
        onOk={(reason) => onOk(reason, () => setOpen(false))}
        onCancel={() => setOpen(false)}
      />
    </ConfigProvider>
  );
}

// A busy button's name also holds its spinner's label, so the buttons are found by their text's end.
const okButton = (view: ReturnType<typeof render>) => view.getByRole('button', { name: /不同意$/ });
const busy = (view: ReturnType<typeof render>) => okButton(view).className.includes('ant-btn-loading');
const type = (view: ReturnType<typeof render>, text: string) =>
  fireEvent.change(view.getByTestId('reason'), { target: { value: text } });

/** A write the test settles itself. */
function pendingWrite() {
  const calls: { reason: string; resolve: (done: boolean) => void; reject: (e: Error) => void }[] = [];
  const onOk = vi.fn(
    (reason: string) =>
      new Promise<boolean>((resolve, reject) => {
        calls.push({ reason, resolve, reject });
      }),
  );
  return { calls, onOk };
}

describe('ReasonDialog', () => {
  it('an empty required reason is refused beside the box, not busy and nothing sent; then it sends', async () => {
    const { calls, onOk } = pendingWrite();
    const view = render(<Host onOk={onOk} required={REQUIRED} />);
    fireEvent.click(okButton(view));
    expect(await view.findByText(REQUIRED)).toBeTruthy();
    expect(onOk).not.toHaveBeenCalled();
    expect(busy(view)).toBe(false);

    type(view, '请在下一学年数据中更新');
    fireEvent.click(okButton(view));
    await waitFor(() => expect(onOk).toHaveBeenCalledTimes(1));
    expect(calls[0]!.reason).toBe('请在下一学年数据中更新');
    await waitFor(() => expect(busy(view)).toBe(true));
    calls[0]!.resolve(false);
    await waitFor(() => expect(busy(view)).toBe(false));
  });

  it('a blank reason may be sent when none is required', async () => {
    const { calls, onOk } = pendingWrite();
    const view = render(<Host onOk={onOk} />);
    fireEvent.click(okButton(view));
    await waitFor(() => expect(onOk).toHaveBeenCalledTimes(1));
    expect(calls[0]!.reason).toBe('');
  });

  it('a write that throws ends the busy state, and the reason can be sent again', async () => {
    const { calls, onOk } = pendingWrite();
    const view = render(<Host onOk={onOk} required={REQUIRED} />);
    type(view, '理由');
    fireEvent.click(okButton(view));
    await waitFor(() => expect(busy(view)).toBe(true));
    calls[0]!.reject(new Error('storage worker gone'));
    await waitFor(() => expect(busy(view)).toBe(false));
    expect(view.getByText('未能保存：storage worker gone')).toBeTruthy();
    fireEvent.click(okButton(view));
    await waitFor(() => expect(onOk).toHaveBeenCalledTimes(2));
  });

  it('opened again while the last write is still finishing, the dialog is not busy and starts empty', async () => {
    const slow: (() => void)[] = [];
    const view = render(
      <Host
        required={REQUIRED}
        // The page closes the dialog once the write committed, then keeps onOk open while it reloads.
        onOk={(_reason, close) => {
          close();
          return new Promise<boolean>((resolve) => slow.push(() => resolve(true)));
        }}
      />,
    );
    type(view, '第一次的理由');
    fireEvent.click(okButton(view));
    await waitFor(() => expect(view.queryByTestId('reason')).toBeNull());
    expect(slow).toHaveLength(1);
    fireEvent.click(view.getByRole('button', { name: '再次打开' }));
    await waitFor(() => expect(view.getByTestId('reason')).toBeTruthy());
    expect(busy(view)).toBe(false);
    expect((view.getByTestId('reason') as HTMLTextAreaElement).value).toBe('');
    // The first write finishing late leaves this opening alone: an empty reason is refused, not busy.
    slow[0]!();
    fireEvent.click(okButton(view));
    expect(await view.findByText(REQUIRED)).toBeTruthy();
    expect(busy(view)).toBe(false);
  });
});

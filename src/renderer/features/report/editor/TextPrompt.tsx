/** A one-field dialog (脚注, 批注, 撤销终稿原因): window.prompt does not exist in Electron. */
import { Input, Modal, type GetRef, type InputRef } from 'antd';
import { useState } from 'react';
import { useFocusOnOpen } from '../../../ui/use-focus-on-open';

export interface TextPromptProps {
  readonly title: string | null;
  readonly multiline?: boolean;
  onDone(text: string | null): void;
}

export function TextPrompt({ title, multiline, onDone }: TextPromptProps) {
  const [text, setText] = useState('');
  const [areaRef, focusArea] = useFocusOnOpen<GetRef<typeof Input.TextArea>>();
  const [lineRef, focusLine] = useFocusOnOpen<InputRef>();
  const finish = (v: string | null) => {
    setText('');
    onDone(v);
  };
  return (
    <Modal
      open={title !== null}
      title={title}
      onOk={() => finish(text.trim() || null)}
      onCancel={() => finish(null)}
      destroyOnHidden
      afterOpenChange={multiline ? focusArea : focusLine}
    >
      {multiline ? (
        <Input.TextArea
          ref={areaRef}
          autoFocus
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={title ?? ''}
        />
      ) : (
        <Input
          ref={lineRef}
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={() => finish(text.trim() || null)}
          aria-label={title ?? ''}
        />
      )}
    </Modal>
  );
}

/** The toolbar's 插入附表: a menu of the year's annex tables; the chosen one goes in after the selection. */
import type { Editor } from '@tiptap/core';
import { Button, Dropdown } from 'antd';
import { useAnnexData } from '../annex-store';
import { T } from './texts';

export function InsertAnnexButton({ editor }: { editor: Editor }) {
  // Loads the definitions and figures while the editor is open, so annex nodes and exports show them.
  const { defs } = useAnnexData();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: defs.map((a) => ({
          key: a.id,
          label: a.name,
          'data-testid': `insert-annex-${a.id}`,
        })),
        onClick: ({ key }) => {
          const def = defs.find((a) => a.id === key);
          if (!def) return;
          editor
            .chain()
            .focus()
            .insertContentAt(editor.state.selection.to, {
              type: 'annexTable',
              attrs: { annexId: def.id, title: def.name },
            })
            .run();
        },
      }}
    >
      <Button size="small" onMouseDown={(e) => e.preventDefault()} data-testid="insert-annex">
        {T.insert}
      </Button>
    </Dropdown>
  );
}

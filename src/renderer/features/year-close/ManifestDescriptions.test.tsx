// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { frozenSizeItems, ManifestDescriptions } from './ManifestDescriptions';

afterEach(cleanup);

const manifest = {
  at: '2026-09-01T08:00:00.000Z',
  by: '督导室 王老师',
  hash: 'a'.repeat(64),
  entries: [
    { tableCode: '1-1', departmentCode: 'JWC', rows: 3, hash: 'b'.repeat(64) },
    { tableCode: '2-1', departmentCode: 'TW', rows: 4, hash: 'c'.repeat(64) },
  ],
};

describe('ManifestDescriptions', () => {
  it('shows who signed the manifest and its whole hash under the lock list labels, then the added items', () => {
    const view = render(
      <ManifestDescriptions
        manifest={manifest}
        hashTestId="hash"
        testId="head"
        more={frozenSizeItems(7, manifest)}
      />,
    );
    const text = view.getByTestId('head').textContent ?? '';
    expect(text).toContain('签发人');
    expect(text).toContain('督导室 王老师');
    expect(view.getByTestId('hash').textContent).toContain('a'.repeat(64));
    expect(text).toContain('目录版本7');
    expect(text).toContain('2 个切片，7 行');
  });

  it('takes the labels it is given and shows a dash for an unknown catalog version', () => {
    const view = render(
      <ManifestDescriptions
        manifest={manifest}
        labels={{ at: '保存时间', by: '保存人', hash: '快照清单哈希' }}
        testId="head"
        more={frozenSizeItems(null, manifest)}
      />,
    );
    const text = view.getByTestId('head').textContent ?? '';
    expect(text).toContain('保存人');
    expect(text).not.toContain('签发人');
    expect(text).toContain('目录版本—');
  });
});

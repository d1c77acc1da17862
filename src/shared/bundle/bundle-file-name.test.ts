import { describe, expect, it } from 'vitest';
import { bundleFileNameOf } from './bundle-file-name';
import { fileNameSchema } from '../ipc/contract';

describe('bundle file names', () => {
  it('says in words who sends what to whom, for which year, and its number', () => {
    expect(
      bundleFileNameOf({
        sender: '学生工作处',
        addressee: '督导室',
        label: '数据包',
        academicYearStart: 2025,
        seq: 3,
      }),
    ).toBe('学生工作处-致-督导室-数据包-2025-2026学年-第3号.sdd');
  });

  it('replaces characters a file name may not hold, so the save dialog accepts it', () => {
    const name = bundleFileNameOf({
      sender: '教务处/招生办',
      addressee: ' 督导室:总 ',
      label: '回执',
      academicYearStart: 2024,
      seq: 12,
    });
    expect(name).toBe('教务处_招生办-致-督导室_总-回执-2024-2025学年-第12号.sdd');
    expect(fileNameSchema.safeParse(name).success).toBe(true);
  });
});

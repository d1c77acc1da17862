import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { styledTable } from './docx-table';
import { sourceLine } from './export-model';

async function documentXml(widths?: readonly number[]): Promise<string> {
  const table = styledTable(
    ['项目', '单位', '上一届', '本届', '数据来源'],
    [['月收入', '元', '未填报', '4820 元', '调查报告']],
    widths,
  );
  const doc = new Document({ sections: [{ children: [table] }] });
  const zip = unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)));
  return strFromU8(zip['word/document.xml']!);
}

describe('report tables in Word', () => {
  it('sizes the columns by their relative widths, fixed, over the page’s text width; rows never split', async () => {
    const xml = await documentXml([26, 8, 22, 22, 22]);
    const cols = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(5);
    expect(cols[0]! / cols[1]!).toBeCloseTo(26 / 8, 1);
    expect(cols.reduce((a, b) => a + b, 0)).toBeGreaterThan(8800);
    expect(xml).toContain('w:type="fixed"');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('leaves equal columns to Word when no widths are given', async () => {
    expect(await documentXml()).not.toContain('w:type="fixed"');
  });
});

describe('the cover’s data line', () => {
  it('says 草稿 once', () => {
    expect(sourceLine({ snapshotLabel: '草稿数据（当前数据）', draft: true })).toBe('草稿数据（当前数据）');
    expect(sourceLine({ snapshotLabel: '督导室快照 2026-03-01', draft: true })).toBe(
      '督导室快照 2026-03-01（草稿数据，未经锁定）',
    );
    expect(sourceLine({ snapshotLabel: '2025年度锁定数据', draft: false })).toBe('2025年度锁定数据');
  });
});

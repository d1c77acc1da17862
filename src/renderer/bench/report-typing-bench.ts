/**
 * Typing bench, run in headless Chromium by bench/run.mjs through `window.runReportTypingBench(rows)`:
 *   report-typing-P: a P-page chapter (100 at the full size, 25 for bench:ci; a heading and three
 *                paragraphs a page, five live 指标数值 in each paragraph) in the real report editor
 *                (its extensions, React node views and live source), 200 characters typed in the middle;
 *                each keystroke is the transaction plus the layout it forces, p95, goal ≤ 20 ms.
 *                Floor: the same text in a StarterKit editor, the live values as plain text.
 */
import type { AnyExtension, Editor as CoreEditor } from '@tiptap/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { IndicatorInfo } from '../../shared/report/data-source';
import type { PmNode } from '../../shared/report/pm-json';
import { createStaticSource } from '../../shared/report/static-source';
import { toEditorContent } from '../features/report/editor/pm-convert';
import { reportExtensions } from '../features/report/editor/report-extensions';
import { useLiveSource } from '../features/report/live/source-store';
import { round2, type PageBenchResult } from './bench-stats';

const KEYS = 200;
const INDICATORS: IndicatorInfo[] = Array.from({ length: 40 }, (_, i) => ({
  id: `ind${i}`,
  name: `指标${i}`,
  unit: '%',
  precision: 1,
  definition: '基准用指标',
  sourceTables: ['A1'],
  standard: null,
}));

function chapter(pages: number, live: boolean): PmNode {
  const content: PmNode[] = [];
  const text = (t: string): PmNode => ({ type: 'text', text: t });
  for (let p = 0; p < pages; p++) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(`第${p + 1}节`)] });
    for (let k = 0; k < 3; k++) {
      const runs: PmNode[] = [];
      for (let v = 0; v < 5; v++) {
        runs.push(text('本年度学校坚持立德树人根本任务，深化产教融合、校企合作，指标为'));
        const id = `ind${(p * 15 + k * 5 + v) % 40}`;
        runs.push(
          live
            ? { type: 'indicatorValue', attrs: { indicatorId: id, phrase: 'value', seen: null } }
            : text('12.3%'),
        );
      }
      content.push({ type: 'paragraph', content: runs });
    }
  }
  return { type: 'doc', content };
}

function mount(
  extensions: AnyExtension[],
  doc: PmNode,
): Promise<{ editor: Editor | CoreEditor; done(): void }> {
  const host = document.createElement('div');
  host.style.cssText = 'width:800px;height:600px;overflow:auto';
  document.body.appendChild(host);
  const root = createRoot(host);
  return new Promise((resolve) => {
    function Bench() {
      const editor = useEditor({ extensions, content: toEditorContent(doc), immediatelyRender: true });
      useEffect(() => {
        if (editor)
          requestAnimationFrame(() =>
            resolve({
              editor,
              done: () => {
                root.unmount();
                host.remove();
              },
            }),
          );
      }, [editor]);
      return createElement(EditorContent, { editor });
    }
    root.render(createElement(Bench));
  });
}

/** Per keystroke: the transaction, then the layout the browser must do before it can paint. */
function typeKeys(editor: Editor | CoreEditor): number[] {
  const view = editor.view;
  const middle = Math.floor(view.state.doc.content.size / 2);
  editor.commands.setTextSelection(middle);
  const out: number[] = [];
  for (let i = 0; i < KEYS; i++) {
    const t0 = performance.now();
    view.dispatch(view.state.tr.insertText('字'));
    void view.dom.getBoundingClientRect().height;
    void (view.dom as HTMLElement).offsetHeight;
    out.push(performance.now() - t0);
  }
  return out;
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] as number;

export async function runReportTypingBench(rows: number): Promise<PageBenchResult[]> {
  const pages = rows >= 100_000 ? 100 : 25;
  useLiveSource.setState({
    source: createStaticSource(
      { kind: 'draft', id: 'draft', label: '草稿数据' },
      INDICATORS.map((info, i) => ({ info, reading: { value: 10 + i, previous: 9 + i } })),
    ),
  });
  const plain = await mount([StarterKit], chapter(pages, false));
  const floor = typeKeys(plain.editor);
  plain.done();
  const ours = await mount(reportExtensions(), chapter(pages, true));
  const mine = typeKeys(ours.editor);
  ours.done();
  return [
    {
      name: `report-typing-${pages}p`,
      ms: round2(p95(mine)),
      floorMs: round2(p95(floor)),
      goalMs: 20,
      rows: pages,
    },
  ];
}

declare global {
  interface Window {
    runReportTypingBench?: typeof runReportTypingBench;
  }
}
window.runReportTypingBench = runReportTypingBench;

/**
 * The report as one self-contained HTML file for the 信息公开网站: charts as inline SVG, images as data
 * URLs, no script and no external request (a Content-Security-Policy meta forbids any), headings and
 * table headers marked up for screen readers. Its print stylesheet (A4, page numbers) is what the PDF
 * export prints.
 */
import { sourceLine, type Block, type ExportDoc, type Run } from './export-model';
import { cssFontFamily } from './report-fonts';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"; font-family: "Times New Roman", serif; } }
@page :first { counter-reset: page 0; @bottom-center { content: none; } }
nav.toc { margin: 24pt 0; }
nav.toc h2 { text-align: center; }
nav.toc ol { list-style: none; padding: 0; }
nav.toc li.l2 { padding-left: 2em; }
nav.toc a { color: #000; text-decoration: none; }
@media print { nav.toc { display: none; } }
body { font-family: ${cssFontFamily('body')}; font-size: 16pt; line-height: 28pt; max-width: 156mm; margin: 0 auto; color: #000; }
h1.report-title { font-family: ${cssFontFamily('title')}; font-size: 22pt; text-align: center; margin: 60pt 0 24pt; }
h1, h2 { font-family: ${cssFontFamily('heading1')}; font-size: 16pt; font-weight: normal; }
h3 { font-family: ${cssFontFamily('heading2')}; font-size: 16pt; font-weight: normal; }
p { text-indent: 2em; margin: 0; }
figure { margin: 12pt 0; text-align: center; break-inside: avoid; }
figcaption, caption { font-family: ${cssFontFamily('heading1')}; font-size: 12pt; text-align: center; }
figure svg, figure img { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.4; margin: 8pt 0; break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
thead th { text-align: center; }
tbody th { font-weight: normal; text-align: left; }
p.table-note { text-indent: 0; font-size: 10.5pt; line-height: 1.5; margin: -4pt 0 8pt; }
td.num { text-align: center; }
.chapter { break-before: page; }
.declaration h2 { text-align: center; }
.footnotes { font-size: 12pt; border-top: 1px solid #000; margin-top: 12pt; }
.source { text-align: center; text-indent: 0; }
`;

class HtmlWriter {
  private figures = 0;
  private tables = 0;
  readonly notes: string[] = [];
  /** Headings of levels 1–2 for the 目录, each with the id of its heading. */
  readonly toc: { readonly id: string; readonly level: number; readonly html: string }[] = [];
  constructor(private readonly svgs: ReadonlyMap<string, string>) {}

  runs(runs: readonly Run[]): string {
    return runs
      .map((r) => {
        if (r.footnote !== undefined) {
          this.notes.push(r.footnote);
          const n = this.notes.length;
          return `<sup><a href="#fn${n}" id="fnref${n}" aria-label="注释 ${n}">[${n}]</a></sup>`;
        }
        if (r.text === '\n') return '<br>';
        let t = esc(r.text);
        if (r.bold) t = `<strong>${t}</strong>`;
        if (r.italic) t = `<em>${t}</em>`;
        if (r.underline) t = `<u>${t}</u>`;
        return t;
      })
      .join('');
  }

  table(
    head: readonly string[] | null,
    rows: readonly (readonly string[])[],
    caption: string | null,
    unnumbered?: { readonly title?: string | undefined; readonly widths?: readonly number[] | undefined },
    centred: readonly number[] = [],
  ): string {
    const cap =
      caption !== null
        ? `<caption>表 ${++this.tables}\u3000${esc(caption)}</caption>`
        : unnumbered?.title
          ? `<caption>${esc(unnumbered.title)}</caption>`
          : '';
    const total = unnumbered?.widths?.reduce((a, b) => a + b, 0) ?? 0;
    const cols =
      unnumbered?.widths && total > 0
        ? `<colgroup>${unnumbered.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join('')}</colgroup>`
        : '';
    const th = head
      ? `<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`
      : '';
    const body = rows
      .map(
        (r) =>
          `<tr>${r.map((c, i) => (i === 0 && head ? `<th scope="row">${esc(c)}</th>` : `<td${centred.includes(i) ? ' class="num"' : ''}>${esc(c)}</td>`)).join('')}</tr>`,
      )
      .join('');
    return `<table>${cap}${cols}${th}<tbody>${body}</tbody></table>`;
  }

  block(b: Block): string {
    switch (b.kind) {
      case 'heading': {
        const level = Math.max(1, b.level);
        const l = Math.min(level + 1, 4);
        const text = this.runs(b.runs.filter((r) => r.footnote === undefined));
        if (level > 2) return `<h${l}>${this.runs(b.runs)}</h${l}>`;
        const id = `h${this.toc.length + 1}`;
        this.toc.push({ id, level, html: text });
        return `<h${l} id="${id}">${this.runs(b.runs)}</h${l}>`;
      }
      case 'paragraph':
        return b.role === 'tableNote'
          ? `<p class="table-note">${this.runs(b.runs)}</p>`
          : `<p>${this.runs(b.runs)}</p>`;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}>${b.items.map((i) => `<li>${this.runs(i)}</li>`).join('')}</${tag}>`;
      }
      case 'table': {
        const [first, ...rest] = b.rows;
        const head = first?.header ? first.cells : null;
        return this.table(
          head,
          (head ? rest : b.rows).map((r) => r.cells),
          null,
          { title: b.title, widths: b.widths },
          b.centred,
        );
      }
      case 'image':
        return `<figure><img src="${esc(b.src)}" alt="${esc(b.caption || '图片')}">${b.caption ? `<figcaption>图 ${++this.figures}\u3000${esc(b.caption)}</figcaption>` : ''}</figure>`;
      case 'chart': {
        const svg = this.svgs.get(b.chartId);
        const n = ++this.figures;
        const body = svg
          ? svg.replace('<svg', `<svg role="img" aria-label="${esc(b.title)}"`)
          : `<p>（图表无法生成：${esc(b.note)}）</p>`;
        return `<figure>${body}<figcaption>图 ${n}\u3000${esc(b.caption)}</figcaption></figure>`;
      }
      case 'dataTable':
        return b.rows.length > 0
          ? this.table(b.head, b.rows, b.caption, undefined, [1])
          : `<p>（数据表无法生成：${esc(b.note)}）</p>`;
      case 'case':
        return `<section aria-label="${esc(b.title)}"><h3>【案例】${esc(b.title)}</h3>${b.department ? `<p>${esc(b.department)}</p>` : ''}${b.text
          .split('\n')
          .map((t) => `<p>${esc(t)}</p>`)
          .join(
            '',
          )}${b.photos.map((p) => `<figure><img src="${esc(p)}" alt="${esc(b.title)}"></figure>`).join('')}</section>`;
    }
  }
}

/** `svgs`: each chart's SVG by chart id (drawn by the caller with the same option as the editor). */
export function buildHtml(doc: ExportDoc, svgs: ReadonlyMap<string, string>): string {
  const w = new HtmlWriter(svgs);
  const chapters = doc.chapters
    .map(
      (c) =>
        `<section class="chapter${c.declaration ? ' declaration' : ''}" aria-label="${esc(c.title)}">${c.blocks.map((b) => w.block(b)).join('\n')}</section>`,
    )
    .join('\n');
  // The 目录 links each chapter and section on screen; a printed page cannot know its pages, so the PDF
  // leaves it out (the PDF's bookmarks and the .docx's 目录 carry the page numbers).
  const toc = w.toc.length
    ? `<nav class="toc" aria-label="目录"><h2>目\u3000录</h2><ol>${w.toc.map((e) => `<li class="l${e.level}"><a href="#${e.id}">${e.html}</a></li>`).join('')}</ol></nav>`
    : '';
  const notes = w.notes.length
    ? `<aside class="footnotes" aria-label="注释"><ol>${w.notes.map((n, i) => `<li id="fn${i + 1}">${esc(n)} <a href="#fnref${i + 1}" aria-label="返回正文">↩</a></li>`).join('')}</ol></aside>`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title><style>${CSS}</style></head>
<body><main>
<h1 class="report-title">${esc(doc.title)}</h1>
<p class="source">数据来源：${esc(sourceLine(doc))}</p>
${toc}
${chapters}
${notes}
</main></body></html>`;
}

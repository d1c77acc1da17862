import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './html-entities';
import { parseHtmlTable } from './html-table';

// What Excel 2016 (Windows, zh-CN) puts on the clipboard as text/html for a 3 × 3 range, trimmed of
// repetitive style rules; note the wrapped source lines, conditional comments and x:num attributes.
const EXCEL = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
td
	{padding-top:1px;
	mso-number-format:General;
	font-family:等线;}
.xl65
	{mso-number-format:"\\@";}
.xl66
	{mso-number-format:"0\\.0%";}
-->
</style>
</head>
<body link="#0563C1" vlink="#954F72">
<table border=0 cellpadding=0 cellspacing=0 width=216 style='border-collapse:
 collapse;width:162pt'>
<!--StartFragment-->
 <col width=72 span=3 style='width:54pt'>
 <tr height=19 style='height:14.25pt'>
  <td height=19 width=72 style='height:14.25pt;width:54pt'>学号</td>
  <td width=72 style='width:54pt'>姓名</td>
  <td width=72 style='width:54pt'>就业率</td>
 </tr>
 <tr height=19 style='height:14.25pt'>
  <td height=19 class=xl65 style='height:14.25pt'>0023000001</td>
  <td><span style='mso-spacerun:yes'>&nbsp;</span>张三</td>
  <td class=xl66 align=right x:num="0.125">12.5%</td>
 </tr>
 <tr height=38 style='height:28.5pt'>
  <td height=38 align=right style='height:28.5pt' x:num>1,234</td>
  <td class=xl67 width=72 style='width:54pt'>第一行<br>
    第二行</td>
  <td>R&amp;D &lt;研发&gt; &#20013;&#x6587;</td>
 </tr>
<!--EndFragment-->
</table>
</body>
</html>`;

// WPS 表格 writes a similar document with its own namespaces and a merged header cell.
const WPS = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8">
<meta name="ProgId" content="Excel.Sheet"/><meta name="Generator" content="WPS Office ET"/>
<style>.et2{mso-number-format:"\\@";}</style></head><body>
<table width="216" border="0" cellpadding="0" cellspacing="0" style='width:162pt;border-collapse:collapse;table-layout:fixed;'>
<col width="72" span="3" style='width:54.00pt;'/>
<tr height="18" style='height:13.50pt;'>
<td class="et2" height="18" width="144" colspan="2" style='height:13.50pt;width:108.00pt;' x:str>基本信息</td>
<td class="et2" width="72" rowspan="2" style='width:54.00pt;' x:str>备注</td>
</tr>
<tr height="18" style='height:13.50pt;'>
<td class="et2" height="18" style='height:13.50pt;' x:str>姓名</td>
<td class="et2" x:str>性别</td>
</tr>
<tr height="18" style='height:13.50pt;'>
<td class="et2" height="18" style='height:13.50pt;' x:str>李四</td>
<td class="et2" x:str>女</td>
<td class="et2" x:str></td>
</tr>
</table></body></html>`;

describe('parseHtmlTable', () => {
  it('reads an Excel clipboard table: entities, nbsp spaces kept, <br> as newline, wrapped source collapsed', () => {
    expect(parseHtmlTable(EXCEL)).toEqual([
      ['学号', '姓名', '就业率'],
      ['0023000001', ' 张三', '12.5%'],
      ['1,234', '第一行\n第二行', 'R&D <研发> 中文'],
    ]);
  });

  it('expands WPS colspan and rowspan to empty cells', () => {
    expect(parseHtmlTable(WPS)).toEqual([
      ['基本信息', '', '备注'],
      ['姓名', '性别', ''],
      ['李四', '女', ''],
    ]);
  });

  it('tolerates unclosed cells and rows, <th>, tbody and upper-case tags', () => {
    const html = '<TABLE><TBODY><TR><TH>a<TD>b<TR><td>c</td><td>d</TABLE>';
    expect(parseHtmlTable(html)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('pads ragged rows and places cells after a rowspan from above', () => {
    const html =
      '<table><tr><td rowspan=3>x</td><td>1</td></tr><tr><td>2</td><td>extra</td></tr><tr></tr></table>';
    expect(parseHtmlTable(html)).toEqual([
      ['x', '1', ''],
      ['', '2', 'extra'],
      ['', '', ''],
    ]);
  });

  it('clips a hostile colspan and a rowspan past the last row', () => {
    const html = '<table><tr><td colspan=99999 rowspan=99999>x</td></tr></table>';
    const rows = parseHtmlTable(html);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(1000);
  });

  it('reads the Windows CF_HTML header form, Google Sheets markup and ignores scripts and a second table', () => {
    const html =
      'Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000300\r\n<html><body><!--StartFragment-->' +
      '<google-sheets-html-origin><script>var t="<table><tr><td>no</td></tr></table>"</script>' +
      '<table dir="ltr"><tbody><tr><td data-sheets-value=\'{"1":2,"2":"a"}\'>a&nbsp;&nbsp;b</td><td>c<div>d</div></td></tr></tbody></table>' +
      '<table><tr><td>second</td></tr></table><!--EndFragment--></body></html>';
    expect(parseHtmlTable(html)).toEqual([['a  b', 'c\nd']]);
  });

  it('gives no rows for HTML without a table so the caller can fall back to text/plain', () => {
    expect(parseHtmlTable('<p>hello</p>')).toEqual([]);
    expect(parseHtmlTable('')).toEqual([]);
  });

  it('keeps a literal < that does not start a tag', () => {
    expect(parseHtmlTable('<table><tr><td>a < b</td></tr></table>')).toEqual([['a < b']]);
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones alone', () => {
    expect(decodeHtmlEntities('&lt;&gt;&amp;&quot;&apos;&nbsp;&AMP;&nbsp')).toBe('<>&"\'\u00a0&\u00a0');
    expect(decodeHtmlEntities('&#20013;&#x6587;&#X41;')).toBe('中文A');
    expect(decodeHtmlEntities('&foo; &copy &#0; &#xD800;')).toBe('&foo; &copy \ufffd \ufffd');
    expect(decodeHtmlEntities('&constructor; &toString;')).toBe('&constructor; &toString;');
  });
});

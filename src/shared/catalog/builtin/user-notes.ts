/**
 * What a clerk reads about a table or field (指标内涵) is not what a reviewer of the mapping needs. The
 * research notes name source repositories, Java classes and column positions; those stay in
 * docs/catalog-mapping.md (§10 Provenance). Users see the meaning, a format in words (“6位数字，如 202309”)
 * and, through `verified: false`, a 未核实 tag — never a URL, a file path or a vendor name.
 */

/** Parts of a draft note that are about where a column was found, not about what it means. */
const PROVENANCE_PART =
  /Gemini|t_qas|QasD|ReadExcel|github|https?:|\.java|\.xml|src\/|仅见|仅 ?Gemini|列名|字段名|单位推定|单位未给出|选项未取得|学年统计子表|按规则推导|注意\)|注释/i;

/** 推定 / 未核实 markers: the 未核实 tag says this once, beside the label. */
const DOUBT_MARKER = /[（(]\s*(?:推定|未核实)\s*[）)]|；?\s*(?:推定|未核实)$/g;

const YEAR_MONTH_NOTE = /年月,?\s*2012 填报说明要求格式 YYYYMM（如 (\d{6})）/;

/** The user-facing note of a field, from the draft's note; '' when nothing in it is for users. */
export function userFieldNote(raw: string): string {
  const ym = YEAR_MONTH_NOTE.exec(raw);
  if (ym) return `填写年月，6位数字，如 ${ym[1]}`;
  return raw
    .split(/[；;]/)
    .filter((p) => !PROVENANCE_PART.test(p))
    .map((p) => p.replace(DOUBT_MARKER, '').trim())
    .filter((p) => p !== '')
    .map((p) => p.replace(/YYYYMMDD/g, '8位数字年月日').replace(/YYYYMM/g, '6位数字年月'))
    .join('；');
}

/** Text a user sees must not carry a link, a source path or a regular expression. */
export const TECHNICAL_TEXT =
  /https?:|github|gitee|\.java\b|\.xml\b|\bsrc\/|Gemini|t_qas|QasD|YYYY|\\d|\^|\$\s*$/i;

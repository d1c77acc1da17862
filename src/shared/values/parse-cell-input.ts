/**
 * Turns what a user typed, pasted from Excel/WPS or imported from a file into the stored value of one
 * cell. The rule: a value the column cannot hold is an error on that cell, never a silent
 * coercion — such a result is `value: null` with `error.raw` keeping the original text, so a caller can
 * show it and nothing is lost. Accepted-but-noteworthy conversions come back as a `warning`.
 *
 * Decisions (see also format-cell-value.ts):
 * - Empty (after trimming) is null, never 0. Required-empty is not a parse error: clearing a cell is a
 *   legitimate edit; validateCellValue reports it.
 * - percent fields store the number shown: '12.5%' and '12.5' both give 12.5. A bare fraction like 0.125
 *   is kept as 0.125 (it may be a real 0.125%) but gets a warning.
 * - '%' in an integer/decimal field is an error (is '12.5%' meant as 12.5 or 0.125?) unless the field's
 *   unit is '%', in which case the sign is that unit and 95.2% is 95.2.
 * - The field's own unit after a number ('30人' in a 人 column) is removed with a warning; any other
 *   trailing text is an error.
 * - A full date in a yearMonth field is accepted with a warning only when the day is the 1st (what Excel
 *   stores for '2023-9'); another day is an error. A year-month in a date field is always an error.
 * - Text keeps its characters (only edge spaces go); number, date, code and ID inputs fold full width.
 */
import type { FieldDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import { cellError, cellWarning, type CellIssue } from './cell-issue';
import { readDateText, readYearMonthText } from './date-text';
import { readBooleanText } from './boolean-text';
import { fieldRules, idCardFailureIssue, type FieldRules } from './field-rules';
import { fullWidthToHalf, trimCell } from './full-width';
import { checkIdCard } from './id-card';
import { readNumberText } from './number-text';
import { TYPE_NAMES, VALUE_MESSAGES as M } from './value-messages';

export interface ParseContext {
  readonly source: 'typed' | 'pasted' | 'imported';
}

export interface ParsedCell {
  /** The value to store; null for empty input and for input the column cannot hold. */
  readonly value: CellValue;
  readonly error?: CellIssue;
  readonly warning?: CellIssue;
  /** Leading/trailing spaces were removed: an importer lists this as a notice (去除首尾空格). */
  readonly trimmed?: true;
}

const EMPTY: ParsedCell = { value: null };

/** Converts one cell's input text to its stored value for `field`; see the module header for the rules. */
export function parseCellInput(field: FieldDef, raw: string, ctx?: ParseContext): ParsedCell {
  const text = trimCell(raw);
  const trimmed = text.length !== raw.length;
  if (text === '') return trimmed ? { value: null, trimmed: true } : EMPTY;
  const result = convert(fieldRules(field), text, raw, ctx);
  return trimmed ? { ...result, trimmed: true } : result;
}

const fail = (error: CellIssue): ParsedCell => ({ value: null, error });

function convert(rules: FieldRules, text: string, raw: string, ctx: ParseContext | undefined): ParsedCell {
  const { field } = rules;
  const { label } = field;
  switch (field.type) {
    case 'text':
      return { value: text };
    case 'integer':
    case 'decimal':
    case 'percent':
      return convertNumber(rules, text, raw);
    case 'date': {
      const r = readDateText(text);
      if (r.ok) return { value: r.value };
      if (r.reason === 'date-has-time') return fail(cellError('date-has-time', M.dateHasTime(label), raw));
      if (r.reason === 'date-is-year-month')
        return fail(cellError('date-is-year-month', M.dateIsYearMonth(label), raw));
      // Only a pasted or imported number is likely a General-formatted Excel date; typed, it is just wrong.
      if (r.reason === 'excel-date-serial' && ctx?.source !== 'typed') {
        return fail(cellError('excel-date-serial', M.excelDateSerial(label), raw));
      }
      return fail(cellError('bad-date', M.badDate(label), raw));
    }
    case 'yearMonth': {
      const r = readYearMonthText(text);
      if (r.ok) {
        return r.fromDate
          ? {
              value: r.value,
              warning: cellWarning('year-month-from-date', M.yearMonthFromDate(label, r.value), raw),
            }
          : { value: r.value };
      }
      if (r.reason === 'ambiguous-year-month') {
        return fail(cellError('ambiguous-year-month', M.ambiguousYearMonth(label, r.year), raw));
      }
      if (r.reason === 'date-for-year-month') {
        return fail(cellError('date-for-year-month', M.dateForYearMonth(label, r.suggestion ?? ''), raw));
      }
      return fail(cellError('bad-year-month', M.badYearMonth(label), raw));
    }
    case 'boolean': {
      const b = readBooleanText(text);
      return b === null ? fail(cellError('bad-boolean', M.badBoolean(label), raw)) : { value: b };
    }
    case 'enum': {
      const option = rules.matchOption(text);
      if (option !== undefined) return { value: option };
      if (rules.optionsOpen)
        return { value: text, warning: cellWarning('options-pending', M.optionsPending(label), raw) };
      return fail(cellError('not-an-option', M.notAnOption(label, field.options ?? []), raw));
    }
    case 'code':
      return convertCode(rules, text, raw);
    case 'idCard': {
      const r = checkIdCard(text);
      return r.ok ? { value: r.value } : fail(idCardFailureIssue(label, r, raw));
    }
  }
}

function convertNumber(rules: FieldRules, text: string, raw: string): ParsedCell {
  const { label, type, unit } = rules.field;
  const n = readNumberText(text, unit);
  if (!n.ok) {
    switch (n.reason) {
      case 'scientific-notation':
        return fail(cellError('scientific-notation', M.scientificNotation(label), raw));
      case 'too-many-digits':
        return fail(cellError('too-many-digits', M.tooManyDigits(label), raw));
      case 'unit-in-cell':
        return fail(cellError('unit-in-cell', M.unitInCell(label, unit), raw));
      case 'not-a-number':
        return fail(
          cellError(
            'not-a-number',
            M.notANumber(label, TYPE_NAMES[type], type === 'integer', rules.field.min),
            raw,
          ),
        );
    }
  }
  if (n.hadPercent && type !== 'percent' && unit !== '%') {
    return fail(cellError('percent-not-allowed', M.percentNotAllowed(label), raw));
  }
  const issue = rules.numberIssue(n.value, n.decimals);
  if (issue !== null) return fail({ ...issue, raw });
  if (n.strippedUnit !== undefined) {
    return {
      value: n.value,
      warning: cellWarning('unit-stripped', M.unitStripped(label, n.strippedUnit), raw),
    };
  }
  if (type === 'percent' && !n.hadPercent && n.value !== 0 && Math.abs(n.value) < 1) {
    return {
      value: n.value,
      warning: cellWarning('percent-maybe-fraction', M.percentMaybeFraction(label, n.value), raw),
    };
  }
  return { value: n.value };
}

function convertCode(rules: FieldRules, text: string, raw: string): ParsedCell {
  const { label, pattern: source } = rules.field;
  const { pattern } = rules;
  if (pattern === 'invalid') return fail(cellError('bad-pattern', M.badPattern(label), raw));
  // Codes are ASCII by definition, so a full-width '５１０２０１' is the same code.
  const s = fullWidthToHalf(text);
  if (pattern === null || pattern.test(s)) return { value: s };
  if (/^\d(?:\.\d+)?E\+\d+$/i.test(s))
    return fail(cellError('scientific-notation', M.scientificNotation(label), raw));
  return fail(cellError('pattern-mismatch', M.patternMismatch(label, source ?? ''), raw));
}

/**
 * A field's rules compiled once: option lookup tables, the anchored code pattern and a stored-value
 * validator closure. Validation runs over 100,000 rows × 20 fields, so per-cell work must be a few
 * comparisons with no allocation on the valid path; compiled rules are cached per FieldDef object
 * (catalog objects are immutable once loaded, so identity is a safe cache key).
 */
import { compileFieldPattern, type FieldPattern } from '../catalog/field-pattern';
import type { FieldDef } from '../catalog/catalog-types';
import type { CellValue } from '../records/record-types';
import { cellError, cellWarning, type CellIssue } from './cell-issue';
import { isStoredDate, isStoredYearMonth } from './date-text';
import { fullWidthToHalf, trimCell } from './full-width';
import { checkIdCard, isStoredIdCard, type IdCardFailure } from './id-card';
import { fitsDecimalPlaces } from './number-text';
import { TYPE_NAMES, VALUE_MESSAGES as M } from './value-messages';

export interface FieldRules {
  readonly field: FieldDef;
  /** Issue of a stored value (type, range, precision, options, pattern, required-empty), or null. */
  readonly validate: (value: CellValue) => CellIssue | null;
  /** Range and precision of a number already known to be one; shared by parsing and validation. */
  readonly numberIssue: (n: number, decimals: number) => CellIssue | null;
  /** The canonical option for an enum input, matched exactly or after width folding. */
  readonly matchOption: (text: string) => string | undefined;
  /** Free text is accepted (with a warning) when options are pending or not defined at all. */
  readonly optionsOpen: boolean;
  /** Anchored code pattern; null when the field has none, 'invalid' when the catalog's source does not compile. */
  readonly pattern: FieldPattern | null | 'invalid';
}

const cache = new WeakMap<FieldDef, FieldRules>();

/** Compiled rules of a field, built on first use and then reused. */
export function fieldRules(field: FieldDef): FieldRules {
  let rules = cache.get(field);
  if (rules === undefined) {
    rules = compile(field);
    cache.set(field, rules);
  }
  return rules;
}

function compilePattern(source: string | undefined): FieldPattern | null | 'invalid' {
  if (source === undefined || source === '') return null;
  return compileFieldPattern(source) ?? 'invalid';
}

function isEdgeSpace(c: number): boolean {
  return (
    c <= 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060
  );
}

function hasEdgeSpace(s: string): boolean {
  return isEdgeSpace(s.charCodeAt(0)) || isEdgeSpace(s.charCodeAt(s.length - 1));
}

function compile(field: FieldDef): FieldRules {
  const { label, type, min, max, precision } = field;
  const options = field.options ?? [];
  const optionSet: ReadonlySet<string> = new Set(options);
  const folded = new Map<string, string>();
  for (const o of options) {
    const key = fullWidthToHalf(trimCell(o));
    if (!folded.has(key)) folded.set(key, o);
  }
  const optionsOpen = field.optionsPending === true || options.length === 0;
  const pattern = type === 'code' ? compilePattern(field.pattern) : null;
  const isNumeric = type === 'integer' || type === 'decimal' || type === 'percent';
  const places = type === 'integer' ? 0 : precision;

  const rangeIssue = (n: number): CellIssue | null => {
    if (type === 'integer' && !Number.isSafeInteger(n))
      return cellError('too-many-digits', M.tooManyDigits(label));
    if (min !== undefined && n < min) return cellError('below-min', M.belowMin(label, min));
    if (max !== undefined && n > max) return cellError('above-max', M.aboveMax(label, max));
    return null;
  };
  const notAnInteger = (): CellIssue => cellError('not-an-integer', M.notAnInteger(label));
  const tooManyDecimals = (p: number): CellIssue =>
    cellError('too-many-decimals', M.tooManyDecimals(label, p));

  // Parsing knows the decimals from the text ('1.50' has 1); validation asks the stored number.
  const numberIssue = (n: number, decimals: number): CellIssue | null => {
    if (type === 'integer' && decimals > 0) return notAnInteger();
    if (places !== undefined && decimals > places) return tooManyDecimals(places);
    return rangeIssue(n);
  };
  const storedNumberIssue = (n: number): CellIssue | null => {
    if (type === 'integer' && !Number.isInteger(n)) return notAnInteger();
    if (places !== undefined && !fitsDecimalPlaces(n, places)) return tooManyDecimals(places);
    return rangeIssue(n);
  };

  const matchOption = (text: string): string | undefined =>
    optionSet.has(text) ? text : folded.get(fullWidthToHalf(trimCell(text)));

  const mismatch = (): CellIssue => cellError('type-mismatch', M.typeMismatch(label, TYPE_NAMES[type]));
  const required = field.required ? cellError('required', M.required(label)) : null;
  const untrimmed = cellWarning('untrimmed', M.untrimmed(label));

  const validateString = (v: string): CellIssue | null => {
    switch (type) {
      case 'text':
        return hasEdgeSpace(v) ? untrimmed : null;
      case 'date':
        return isStoredDate(v) ? null : cellError('bad-date', M.badDate(label));
      case 'yearMonth':
        return isStoredYearMonth(v) ? null : cellError('bad-year-month', M.badYearMonth(label));
      case 'enum':
        if (optionSet.has(v)) return null;
        return optionsOpen
          ? cellWarning('options-pending', M.optionsPending(label))
          : cellError('not-an-option', M.notAnOption(label, options));
      case 'code':
        if (pattern === 'invalid') return cellError('bad-pattern', M.badPattern(label));
        if (pattern !== null && !pattern.test(v))
          return cellError('pattern-mismatch', M.patternMismatch(label, field.pattern ?? ''));
        return hasEdgeSpace(v) ? untrimmed : null;
      case 'idCard': {
        if (isStoredIdCard(v)) return null;
        const r = checkIdCard(v);
        // A stored number must already be normalised (uppercase X); a lowercase one came from elsewhere.
        return r.ok ? cellError('id-card-chars', M.idCardChars(label)) : idCardFailureIssue(label, r);
      }
      default:
        return mismatch();
    }
  };

  const validate = (value: CellValue): CellIssue | null => {
    if (value === null || value === '') return required;
    if (typeof value === 'string') return validateString(value);
    if (typeof value === 'number') {
      if (!isNumeric || !Number.isFinite(value)) return mismatch();
      return storedNumberIssue(value);
    }
    return type === 'boolean' ? null : mismatch();
  };

  return { field, validate, numberIssue, matchOption, optionsOpen, pattern };
}

/** The Chinese issue for a failed ID-number check; `raw` is kept when the text came from the user. */
export function idCardFailureIssue(label: string, r: IdCardFailure, raw?: string): CellIssue {
  switch (r.reason) {
    case 'scientific-notation':
      return cellError('scientific-notation', M.scientificNotation(label), raw);
    case 'id-card-length':
      return cellError('id-card-length', M.idCardLength(label, r.length), raw);
    case 'id-card-check':
      return cellError('id-card-check', M.idCardCheck(label, r.expected), raw);
    default:
      return cellError(r.reason, ID_CARD_MESSAGES[r.reason](label), raw);
  }
}

const ID_CARD_MESSAGES = {
  'id-card-chars': M.idCardChars,
  'id-card-region': M.idCardRegion,
  'id-card-birth': M.idCardBirth,
} as const;

/**
 * Expected failures are values, not exceptions: every fallible domain function returns a Result whose
 * error carries a stable machine code and a message a 信息员 understands (Chinese).
 */
export interface DomainError<C extends string = string> {
  readonly code: C;
  readonly message: string;
  /** Optional location or detail for the UI (field key, row index, file name …). */
  readonly detail?: Readonly<Record<string, string | number>>;
}

export type Result<T, C extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError<C> };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export const err = <C extends string>(
  code: C,
  message: string,
  detail?: Readonly<Record<string, string | number>>,
): { readonly ok: false; readonly error: DomainError<C> } => ({
  ok: false,
  error: detail === undefined ? { code, message } : { code, message, detail },
});

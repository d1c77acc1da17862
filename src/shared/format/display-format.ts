/**
 * The one place that turns times and numbers into text for people. Stored times are ISO strings in UTC
 * (…Z); people read them in the computer's own time zone, as 2025-09-02 08:00 (24-hour clock). Counts
 * and amounts use the zh-CN grouping (12,345). Pages and messages never call toLocaleString themselves
 * (a lint rule enforces it), so every screen shows the same time in the same form.
 */
const pad = (n: number) => String(n).padStart(2, '0');

const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

function dayOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2025-09-02 08:00" in local time; the input unchanged when it is not a time. */
export function formatLocalTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${dayOf(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "2025-09-02 08:00:05" in local time, where seconds matter (export stamps, audit entries). */
export function formatLocalSeconds(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatLocalTime(iso)}:${pad(d.getSeconds())}`;
}

/** "2025-09-02", the local day. */
export function formatLocalDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dayOf(d);
}

/** Now, as formatLocalSeconds shows it. */
export function formatNow(): string {
  return formatLocalSeconds(new Date().toISOString());
}

/** 12345 → "12,345"; 1234.5 → "1,234.5". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

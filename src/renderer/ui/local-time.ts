/**
 * Stored times are ISO strings in UTC (…Z); people read them in the computer's own time zone. Every page
 * shows times through these two functions, so no page cuts the UTC text (which showed 8 hours off in
 * China) and all pages agree.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** 2025-09-02 08:00 in local time; the input unchanged when it is not a time. */
export function formatLocalTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 2025-09-02, the local day. */
export function formatLocalDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDate(d);
}

function formatDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * "14:03:22" for a moment today, "2026-01-05 14:03" for an earlier day: when a log line
 * was written or a run asked for, in the person's own time zone.
 */
export function formatClock(at: number, now: number): string {
  const then = new Date(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = `${pad(then.getHours())}:${pad(then.getMinutes())}`;
  if (then.toDateString() === new Date(now).toDateString()) return `${time}:${pad(then.getSeconds())}`;
  return `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())} ${time}`;
}

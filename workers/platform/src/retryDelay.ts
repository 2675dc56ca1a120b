/** The first retry waits this long; each failure after it doubles the wait. */
export const RETRY_FIRST_MS = 1_000;
/**
 * The longest wait between retries: long enough not to hammer a database that is down,
 * short enough that writes resume soon after it is back.
 */
export const RETRY_MAX_MS = 5 * 60_000;

/** How long to wait before retrying after `failures` failures in a row (1 or more). */
export function retryDelay(failures: number): number {
  const doublings = Math.max(0, Math.min(failures - 1, 30));
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** doublings);
}

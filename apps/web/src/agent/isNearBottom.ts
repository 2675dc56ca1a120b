/** What a scrolled box says about itself (an element's own fields of the same names). */
export interface ScrollMetrics {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/**
 * Whether a log should keep following its newest line: yes while the person is at (or
 * within `slackPx` of) the bottom, no once they scrolled up to read. Checked when they
 * scroll, not when lines arrive: a line arriving moves the bottom, not the person.
 * The slack absorbs fractional pixels on zoomed pages and the last line still rendering.
 */
export function isNearBottom({ scrollTop, scrollHeight, clientHeight }: ScrollMetrics, slackPx = 24): boolean {
  return scrollHeight - scrollTop - clientHeight <= slackPx;
}

/**
 * The tab a key moves to in a tab list (WAI-ARIA tabs pattern): arrows wrap around,
 * Home and End jump to the ends. Undefined for keys the tab list does not handle.
 */
export function nextTabIndex(current: number, key: string, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (current + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

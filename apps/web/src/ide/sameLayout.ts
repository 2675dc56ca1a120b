/** A pane group's layout as react-resizable-panels reports it: percent of the group by panel id. */
export type PaneLayout = Record<string, number>;

/** Sizes closer than this (in percent) are the same: layouts come back from floating-point arithmetic. */
const TOLERANCE = 0.001;

/** Whether two layouts give the same panels the same sizes. */
export function sameLayout(a: PaneLayout | undefined, b: PaneLayout | undefined): boolean {
  if (!a || !b) return a === b;
  const ids = Object.keys(a);
  if (ids.length !== Object.keys(b).length) return false;
  return ids.every((id) => id in b && Math.abs((a[id] ?? 0) - (b[id] ?? 0)) < TOLERANCE);
}

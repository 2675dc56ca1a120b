import type { Settings } from "./settings.ts";

/**
 * The settings just read, with each one that did not change kept as the same object: every
 * write re-reads them all as new objects, and a reader of one setting (the IDE reads its
 * pane sizes) would otherwise re-render whenever any other setting is saved.
 */
export function keepUnchanged(previous: Partial<Settings>, next: Partial<Settings>): Partial<Settings> {
  const kept: Record<string, unknown> = {};
  let same = Object.keys(previous).length === Object.keys(next).length;
  for (const [key, value] of Object.entries(next)) {
    const before = (previous as Record<string, unknown>)[key];
    const unchanged = before !== undefined && JSON.stringify(before) === JSON.stringify(value);
    kept[key] = unchanged ? before : value;
    same &&= unchanged;
  }
  return same ? previous : (kept as Partial<Settings>);
}

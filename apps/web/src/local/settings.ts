import { localDb } from "./localDb.ts";

/** The colour scheme: fixed, or following the operating system. */
export type Theme = "light" | "dark" | "system";

/**
 * Everything saved in the `settings` table, by key. Settings belong to the device, not the
 * account: they survive signing out. A module that needs its own setting adds it where it
 * lives, by declaration merging, instead of editing this file:
 *
 *   declare module "../local/settings.ts" {
 *     interface Settings { "editor.fontSize": number }
 *   }
 *
 * Values are stored as they are given (structured clone). Changing a setting's shape
 * needs a new key: old values are read back unchecked.
 */
export interface Settings {
  theme: Theme;
  /** Pane layouts by panel group id, as react-resizable-panels reports them (percent by panel id). */
  paneSizes: Record<string, Record<string, number>>;
}

export type SettingKey = keyof Settings & string;

/** The saved value of `key`, or undefined when it was never set. */
export async function getSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
  const row = await localDb.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  await localDb.settings.put({ key, value });
}

/** Every saved setting (for the store behind useSetting). */
export async function getSettings(): Promise<Partial<Settings>> {
  const rows = await localDb.settings.toArray();
  return Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<Settings>;
}

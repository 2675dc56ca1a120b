import { liveQuery } from "dexie";
import { useEffect } from "react";
import { create } from "zustand";
import { keepUnchanged } from "./keepUnchanged.ts";
import { getSettings, setSetting, type SettingKey, type Settings } from "./settings.ts";

interface SettingsState {
  values: Partial<Settings>;
  /** False until the saved settings have been read once. */
  ready: boolean;
  watching: boolean;
  watch: () => void;
  put: <K extends SettingKey>(key: K, value: Settings[K]) => void;
}

/**
 * Every setting, read once and kept current (also when another tab changes one). Writes
 * show at once and are saved behind, so a control bound to a setting never lags.
 */
const useSettingsStore = create<SettingsState>()((set, get) => ({
  values: {},
  ready: false,
  watching: false,
  watch: () => {
    if (get().watching) return;
    set({ watching: true });
    // Never unsubscribed: the settings are wanted for as long as the app runs.
    liveQuery(getSettings).subscribe({
      next: (values) => set((state) => ({ values: keepUnchanged(state.values, values), ready: true })),
      error: (err: unknown) => {
        console.error("Could not read settings from this device; using the defaults", err);
        set({ ready: true });
      },
    });
  },
  put: (key, value) => {
    set((state) => ({ values: { ...state.values, [key]: value } }));
    setSetting(key, value).catch((err: unknown) => console.error(`Could not save the setting ${key}`, err));
  },
}));

/**
 * Starts reading the saved settings before any view asks, so a view that waits for them
 * (the IDE lays its panes out only once their saved sizes are read) does not wait.
 */
export function preloadSettings(): void {
  useSettingsStore.getState().watch();
}

/**
 * A saved setting and its setter, `fallback` until it is set. `ready` is false until the
 * saved settings have been read (a few milliseconds after the first use); wait for it where
 * showing the fallback first would jump, e.g. before laying out panes.
 */
export function useSetting<K extends SettingKey>(
  key: K,
  fallback: Settings[K],
): [value: Settings[K], setValue: (value: Settings[K]) => void, ready: boolean] {
  const watch = useSettingsStore((state) => state.watch);
  const value = useSettingsStore((state) => state.values[key]);
  const ready = useSettingsStore((state) => state.ready);
  const put = useSettingsStore((state) => state.put);
  useEffect(watch, [watch]);
  return [value ?? fallback, (next) => put(key, next), ready];
}

import { useEffect } from "react";
import { create } from "zustand";
import { DEFAULT_CONFIG, readAppConfig, type AppConfig } from "../api/AppConfig.ts";

interface ConfigState {
  config: AppConfig;
  status: "idle" | "loading" | "ready" | "failed";
  load: () => void;
}

/** `GET /api/config`, asked once per page load and shared by every view that needs it. */
const useConfigStore = create<ConfigState>()((set, get) => ({
  config: DEFAULT_CONFIG,
  status: "idle",
  load: () => {
    const { status } = get();
    if (status === "loading" || status === "ready") return;
    set({ status: "loading" });
    fetch("/api/config", { headers: { accept: "application/json" } })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        set({ config: readAppConfig(await res.json()), status: "ready" });
      })
      .catch(() => {
        // Offline or an older platform: offer only what always works, and ask again next time.
        set({ config: DEFAULT_CONFIG, status: "failed" });
      });
  },
}));

/** What this platform offers (GitHub sign-in, local mode); nothing optional until it answers. */
export function useAppConfig(): AppConfig {
  const config = useConfigStore((state) => state.config);
  const load = useConfigStore((state) => state.load);
  useEffect(load, [load]);
  return config;
}

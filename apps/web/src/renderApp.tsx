import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerSW } from "virtual:pwa-register";
import { App } from "./App.tsx";
import { BootContext } from "./boot/BootContext.ts";
import type { BootHandle } from "./boot/BootHandle.ts";
import "./styles.css";
import { whenPageSettled } from "./whenPageSettled.ts";

/**
 * Renders the app into #root (replacing the boot screen) and registers the service worker.
 * `boot`: what was built before (a deep-linked file's document and editor), for the IDE.
 */
export function renderApp(boot: BootHandle | null): void {
  // The service worker precaches the app so Wove opens with no network after one visit. It
  // waits until this page has what it came for: its megabytes (Monaco's workers) would
  // otherwise compete with the first load for the network and the CPU.
  void whenPageSettled().then(() => registerSW({ immediate: true }));

  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <BootContext value={boot}>
        <App />
      </BootContext>
    </StrictMode>,
  );
}

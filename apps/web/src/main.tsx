import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerSW } from "virtual:pwa-register";
import { App } from "./App.tsx";
import { reportErrors } from "./reportErrors.ts";
import "./styles.css";
import { warmIde } from "./warmIde.ts";

reportErrors();
// The service worker precaches the shell so Wove opens with no network after one visit.
registerSW({ immediate: true });
warmIde(location.pathname);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

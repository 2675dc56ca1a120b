import { bootIde } from "./boot/bootIde.ts";
import { reportErrors } from "./reportErrors.ts";
import { showThemeHint } from "./ui/themeHint.ts";

/**
 * The entry: small on purpose. On an IDE deep link the file is put on screen first (see
 * boot/bootIde and boot/openEarlyEditor), and only then does the app itself load and
 * render, handed what boot built; every other page renders the app at once.
 */
reportErrors();
showThemeHint();
const booted = bootIde(location.pathname);
void booted
  .then(async (boot) => {
    const { renderApp } = await import("./renderApp.tsx");
    renderApp(boot ?? null);
  })
  .catch((error: unknown) => {
    // Only a first visit that lost the network can get here (later visits load from the
    // service worker's cache): say so instead of leaving the boot screen up for good.
    const root = document.getElementById("root");
    if (root) {
      root.textContent = "Wove could not load. Check your connection, then reload the page.";
      root.setAttribute("role", "alert");
    }
    throw error;
  });

import { reportErrors } from "./reportErrors.ts";
import { showThemeHint } from "./ui/themeHint.ts";
import { warmIde } from "./warmIde.ts";

/**
 * The entry: small on purpose. On an IDE deep link the file is put on screen first (see
 * warmIde and openEarlyEditor), and only then does the app itself load and render; every
 * other page renders the app at once.
 */
reportErrors();
showThemeHint();
const firstFile = warmIde(location.pathname);
void firstFile
  .then(() => import("./renderApp.tsx"))
  .then(({ renderApp }) => renderApp())
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

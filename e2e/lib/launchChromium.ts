import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  // Chromium's own background traffic has nowhere to go on a closed network.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches the machine's Chromium (never a downloaded browser): CHROMIUM_PATH, or the
 * Debian package's binary.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS });
}

/**
 * The same Chromium with a profile on disk (`userDataDir`), as a person's browser has one:
 * unlike `launchChromium`'s contexts, which are incognito, it keeps V8's code cache
 * between visits. One context, which is the browser: closing it stops the browser.
 */
export async function launchPersistentChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 720 },
  });
}

function chromiumPath(): string {
  const executablePath = process.env.CHROMIUM_PATH ?? CANDIDATES.find((path) => existsSync(path));
  if (!executablePath || !existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found${executablePath ? ` at ${executablePath}` : ""}. ` +
        "Install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return executablePath;
}

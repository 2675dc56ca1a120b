import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * Launches the machine's Chromium (never a downloaded browser): CHROMIUM_PATH, or the
 * Debian package's binary.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? CANDIDATES.find((path) => existsSync(path));
  if (!executablePath || !existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found${executablePath ? ` at ${executablePath}` : ""}. ` +
        "Install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      // Chromium's own background traffic has nowhere to go on a closed network.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

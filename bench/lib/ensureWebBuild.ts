import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const WEB_DIST = join(root, "apps/web/dist");

/**
 * The web app's build, as `npm start` serves it. A missing build is made first (`npm run
 * build -w @wove/web`, that is `vite build`); an existing one is used as it is, so
 * rebuild after changing the app. Answers whether it had to build.
 */
export async function ensureWebBuild(): Promise<{ dist: string; built: boolean }> {
  if (existsSync(join(WEB_DIST, "index.html"))) return { dist: WEB_DIST, built: false };
  console.log("apps/web/dist is missing: building the web app (npm run build -w @wove/web)…");
  const vite = join(root, "node_modules/vite/bin/vite.js");
  const child = spawn(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: join(root, "apps/web"),
    stdio: "inherit",
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0)
    throw new Error(`the web build failed (exit code ${code}): run \`npm run build -w @wove/web\` to see why`);
  return { dist: WEB_DIST, built: true };
}

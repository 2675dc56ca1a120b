import { join } from "node:path";
import { Children } from "./Children.ts";

/**
 * Builds apps/web/dist through turbo, as `npm run build` does, so both share turbo's cache:
 * turbo hashes the app's files and those of the workspace packages it depends on, and when
 * nothing changed it restores dist from its cache instead of running vite (which was the
 * longest part of a start: the launcher prints each phase's time). Resolves with whether the cache
 * answered. turbo's own output is shown only when the build fails.
 */
export async function buildWebApp(root: string, children: Children): Promise<{ cached: boolean }> {
  const turbo = children.spawn(
    process.execPath,
    [join(root, "node_modules/turbo/bin/turbo"), "run", "build", "--filter=@wove/web", "--output-logs=errors-only"],
    { cwd: root, env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  turbo.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  turbo.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await Children.done(turbo, "web build");
  } catch (err) {
    console.error(output);
    throw err;
  }
  return { cached: isFullyCached(output) };
}

/** turbo's summary line: "Cached:    1 cached, 1 total". */
export function isFullyCached(output: string): boolean {
  const match = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  return match !== null && match[1] === match[2];
}

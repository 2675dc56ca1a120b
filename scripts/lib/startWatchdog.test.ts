import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { isRunning } from "./leftoverProcesses.ts";

const moduleUrl = new URL("./startWatchdog.ts", import.meta.url).href;

/**
 * A stand-in for the launcher: starts a watchdog and two process groups of its own, as the
 * launcher starts wrangler and vite; one of them ignores SIGTERM.
 */
function startLauncher() {
  const script = `
    import { spawn } from "node:child_process";
    import { startWatchdog } from ${JSON.stringify(moduleUrl)};
    const watchdog = startWatchdog({ graceMs: 1000 });
    const polite = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { detached: true, stdio: "ignore" });
    const stubborn = spawn(process.execPath, ["-e", "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { detached: true, stdio: "ignore" });
    watchdog.watch(polite.pid);
    watchdog.watch(stubborn.pid);
    console.log(JSON.stringify({ groups: [polite.pid, stubborn.pid], watchdog: watchdog.process.pid }));
    setInterval(() => {}, 1000);`;
  const launcher = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const started = new Promise<{ groups: number[]; watchdog: number }>((resolve) =>
    launcher.stdout.once("data", (line: Buffer) => resolve(JSON.parse(line.toString()))),
  );
  return { launcher, started };
}

describe("startWatchdog", () => {
  it("stops every group it watches once the process that started it is SIGKILLed, then exits", async () => {
    const { launcher, started } = startLauncher();
    const { groups, watchdog } = await started;
    try {
      expect(groups.every(isRunning)).toBe(true);
      launcher.kill("SIGKILL");
      await expect.poll(() => groups.filter(isRunning), { timeout: 10_000 }).toEqual([]);
      await expect.poll(() => isRunning(watchdog), { timeout: 10_000 }).toBe(false);
    } finally {
      for (const pid of [...groups, watchdog]) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Stopped, as it should be.
        }
      }
    }
  });
});

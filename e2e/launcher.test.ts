import { existsSync, readdirSync, readlinkSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

const running = new Set<RunningPlatform>();

afterAll(async () => {
  await Promise.all([...running].map((p) => p.stop()));
});

/** Every process (but this one) with a file, or its working directory, under `dir`: from /proc. */
function processesUsing(dir: string): number[] {
  const users: number[] = [];
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let links: string[];
    try {
      const fds = readdirSync(`/proc/${pid}/fd`).map((fd) => `/proc/${pid}/fd/${fd}`);
      links = [`/proc/${pid}/cwd`, ...fds].flatMap((path) => {
        try {
          return [readlinkSync(path)];
        } catch {
          return [];
        }
      });
    } catch {
      continue; // Gone meanwhile.
    }
    if (links.some((link) => link === dir || link.startsWith(`${dir}/`))) users.push(pid);
  }
  return users;
}

async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

// Two whole starts, on a shared two-core machine.
describe.runIf(existsSync("/proc"))("the launcher killed", { timeout: 600_000 }, () => {
  it("leaves nothing running on its data folder when it is SIGKILLed, and the next start there works", async () => {
    const platform = await startPlatform();
    running.add(platform);
    const { dataDir, origin } = platform;
    // Something holds the folder's files while it runs (PGlite in the launcher, workerd).
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);

    // The launcher itself (startPlatform runs it with no wrapper), with no chance to stop anything.
    platform.process.kill("SIGKILL");
    await expect.poll(() => processesUsing(dataDir), { timeout: 15_000, interval: 250 }).toEqual([]);
    // Nothing serves the old port with the database gone.
    await expect.poll(() => answers(origin), { timeout: 15_000 }).toBe(false);
    running.delete(platform);

    const again = await startPlatform({ dataDir, port: platform.port });
    running.add(again);
    const health = (await (await fetch(`${origin}/api/health`)).json()) as { status: string };
    expect(health.status).toBe("ok");
    expect(again.output()).not.toContain("left processes running");
    // A browser opened at 127.0.0.1 rather than localhost can sign up (issue 13, item 7).
    const loopback = `http://127.0.0.1:${platform.port}`;
    const signUp = await fetch(`${loopback}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: loopback },
      body: JSON.stringify({ name: "Loopback", email: "loopback@example.com", password: "correct horse battery" }),
    });
    expect(signUp.status).toBe(200);
    expect(await again.stop()).toBe(0);
    running.delete(again);
  });
});

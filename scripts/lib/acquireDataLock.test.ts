import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataLock } from "./acquireDataLock.ts";
import { findLeftoverProcesses, launchMarker } from "./leftoverProcesses.ts";

const tempDir = () => mkdtempSync(join(tmpdir(), "wove-lock-"));
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-(child.pid ?? 0), "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

/** A process group like wrangler's: a leader that started a child of its own (workerd). */
async function startGroup(env: Record<string, string>): Promise<{ leader: ChildProcess; grandchild: number }> {
  const script = `
    const { spawn } = require("node:child_process");
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    console.log(child.pid);
    setInterval(() => {}, 1000);`;
  const leader = spawn(process.execPath, ["-e", script], {
    detached: true,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "ignore"],
  });
  started.push(leader);
  const grandchild = await new Promise<number>((resolve) => leader.stdout?.once("data", (d) => resolve(Number(d))));
  return { leader, grandchild };
}

async function deadPid(): Promise<number> {
  const gone = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => gone.once("exit", resolve));
  return gone.pid ?? 0;
}

describe("acquireDataLock", () => {
  it("takes the lock, records the groups it is told of, and removes it on release", async () => {
    const dir = tempDir();
    const lock = await acquireDataLock(dir);
    lock.recordGroup(4242);
    expect(JSON.parse(readFileSync(join(dir, "wove.pid"), "utf8"))).toEqual({ pid: process.pid, groups: [4242] });
    expect(lock.env).toEqual(launchMarker(dir));
    lock.release();
    expect(existsSync(join(dir, "wove.pid"))).toBe(false);
  });

  it("refuses a folder held by a live process, naming it and what to do", async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(join(dir, "wove.pid"), String(holder.pid));
      await expect(acquireDataLock(dir)).rejects.toThrow(new RegExp(`pid ${holder.pid}.*WOVE_DATA_DIR`));
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "wove.pid"), String(await deadPid()));
    const lock = await acquireDataLock(dir);
    lock.release();
  });

  it("stops what an earlier, killed start left running on the folder (children's children too), saying so", async () => {
    const dir = tempDir();
    const { leader, grandchild } = await startGroup(launchMarker(dir));
    writeFileSync(join(dir, "wove.pid"), JSON.stringify({ pid: await deadPid(), groups: [leader.pid] }));
    const said: string[] = [];
    const lock = await acquireDataLock(dir, { say: (message) => said.push(message) });
    expect(said.join("\n")).toMatch(new RegExp(`earlier start on .* left processes running: .*${grandchild}`));
    // The lock waited for the processes to end; this process hears of the leader's exit
    // from its event loop, which a loaded machine may run a moment later.
    await new Promise<void>((resolve) =>
      leader.exitCode !== null || leader.signalCode !== null ? resolve() : leader.once("exit", () => resolve()),
    );
    expect(findLeftoverProcesses(dir, [leader.pid ?? 0])).toEqual([]);
    lock.release();
  });

  it.runIf(existsSync("/proc"))("leaves alone a process that took over a recorded group's id", async () => {
    const dir = tempDir();
    const { leader } = await startGroup({});
    writeFileSync(join(dir, "wove.pid"), JSON.stringify({ pid: await deadPid(), groups: [leader.pid] }));
    const lock = await acquireDataLock(dir, { say: () => {} });
    expect(leader.exitCode).toBeNull();
    expect(leader.signalCode).toBeNull();
    lock.release();
  });
});

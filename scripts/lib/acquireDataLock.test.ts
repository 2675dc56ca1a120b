import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataLock } from "./acquireDataLock.ts";

const tempDir = () => mkdtempSync(join(tmpdir(), "wove-lock-"));

describe("acquireDataLock", () => {
  it("takes the lock and removes it on release", () => {
    const dir = tempDir();
    const release = acquireDataLock(dir);
    expect(existsSync(join(dir, "wove.pid"))).toBe(true);
    release();
    expect(existsSync(join(dir, "wove.pid"))).toBe(false);
  });

  it("refuses a folder held by a live process, naming it and what to do", async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(join(dir, "wove.pid"), String(holder.pid));
      expect(() => acquireDataLock(dir)).toThrow(new RegExp(`pid ${holder.pid}.*WOVE_DATA_DIR`));
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = tempDir();
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.once("exit", resolve));
    writeFileSync(join(dir, "wove.pid"), String(gone.pid));
    const release = acquireDataLock(dir);
    release();
  });
});

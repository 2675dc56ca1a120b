import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findLeftoverProcesses, isAlive, launchMarker, stopLeftoverProcesses } from "./leftoverProcesses.ts";

export interface DataLock {
  /** Notes a process group this start runs, for a later start to find if this one is killed. */
  recordGroup(pgid: number): void;
  /** The environment entry every child must carry (see leftoverProcesses.ts). */
  env: Record<string, string>;
  release(): void;
}

/** `<dataDir>/wove.pid`: the launcher's pid and its children's process groups. */
interface LockFile {
  pid: number;
  groups: number[];
}

/**
 * The embedded database, the Durable Objects and R2 are one start's files: two platforms on
 * one data folder would corrupt them. Takes `<dataDir>/wove.pid`, failing with a clear
 * message if a live launcher holds it. Processes an earlier start left running on the
 * folder (its launcher killed with them alive) are stopped first, saying so through `say`.
 */
export async function acquireDataLock(
  dataDir: string,
  { say = console.log }: { say?: (message: string) => void } = {},
): Promise<DataLock> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "wove.pid");
  const held = readLock(file);
  if (held && held.pid !== process.pid && isAlive(held.pid)) {
    throw new Error(
      `Another Wove (pid ${held.pid}) is using ${dataDir}. Stop it, or start this one with another WOVE_DATA_DIR and PORT.`,
    );
  }
  const leftovers = findLeftoverProcesses(dataDir, held?.groups ?? []);
  if (leftovers.length > 0) {
    say(
      `An earlier start on ${dataDir} left processes running: ${leftovers.map((p) => p.label).join(", ")}. Stopping them…`,
    );
    const stuck = await stopLeftoverProcesses(leftovers);
    if (stuck.length > 0) {
      throw new Error(
        `Processes of an earlier start still use ${dataDir} and could not be stopped: ${stuck.map((p) => p.label).join(", ")}. Stop them, or use another WOVE_DATA_DIR.`,
      );
    }
  }
  const lock: LockFile = { pid: process.pid, groups: [] };
  const write = () => writeFileSync(file, JSON.stringify(lock));
  write();
  return {
    recordGroup(pgid) {
      lock.groups.push(pgid);
      write();
    },
    env: launchMarker(dataDir),
    release() {
      if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

/** The lock as this version writes it, or a bare pid as earlier versions did. */
function readLock(file: string): LockFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "number") return isPid(parsed) ? { pid: parsed, groups: [] } : undefined;
    const { pid, groups } = parsed as Partial<LockFile>;
    if (!isPid(pid)) return undefined;
    return { pid, groups: Array.isArray(groups) ? groups.filter(isPid) : [] };
  } catch {
    return undefined;
  }
}

function isPid(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";

/**
 * Processes an earlier start left on a data folder (its launcher killed before the watchdog
 * could stop them, or the watchdog killed too): they still hold the folder's Durable Object
 * and R2 files, and a new start must not run beside them.
 *
 * Every process a launcher starts carries `WOVE_LAUNCHED_FOR=<data folder>` in its
 * environment, and their own children (workerd under wrangler) inherit it, so on Linux
 * /proc names them all, whatever their group, and a pid reused by an unrelated process is
 * never taken for one. Without /proc (macOS) the process groups the data lock recorded
 * stand in: a group still alive is taken as left over.
 */
const MARKER = "WOVE_LAUNCHED_FOR";
const PROC = "/proc";

export interface LeftoverProcess {
  /** What to signal: a pid, or a negative process group id where /proc is missing. */
  target: number;
  /** For messages: "1234 (workerd)". */
  label: string;
}

/** The environment entry that marks a process as started for `dataDir`. */
export function launchMarker(dataDir: string): Record<string, string> {
  return { [MARKER]: dataDir };
}

export function findLeftoverProcesses(dataDir: string, recordedGroups: number[]): LeftoverProcess[] {
  if (!existsSync(PROC)) {
    return recordedGroups
      .filter((pgid) => isAlive(-pgid))
      .map((pgid) => ({ target: -pgid, label: `process group ${pgid}` }));
  }
  const entry = `${MARKER}=${dataDir}`;
  const found: LeftoverProcess[] = [];
  for (const name of readdirSync(PROC)) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid || !isRunning(pid)) continue;
    let environ: string;
    try {
      environ = readFileSync(`${PROC}/${pid}/environ`, "latin1");
    } catch {
      continue; // Gone, or someone else's.
    }
    if (environ.split("\0").includes(entry)) found.push({ target: pid, label: `${pid} (${commandOf(pid)})` });
  }
  return found;
}

/**
 * SIGTERM, then SIGKILL to what is left after `graceMs`; resolves with what is still there
 * after that (a process this user may not signal).
 */
export async function stopLeftoverProcesses(
  processes: LeftoverProcess[],
  { graceMs = 5_000 }: { graceMs?: number } = {},
): Promise<LeftoverProcess[]> {
  const remaining = () => processes.filter((p) => isRunning(p.target));
  for (const [signal, wait] of [
    ["SIGTERM", graceMs],
    ["SIGKILL", 2_000],
  ] as const) {
    for (const p of remaining()) {
      try {
        process.kill(p.target, signal);
      } catch {
        // Gone meanwhile.
      }
    }
    const deadline = Date.now() + wait;
    while (remaining().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return remaining();
}

/**
 * Alive and not a zombie (a zombie holds no files, and only its parent can remove it; in a
 * container nothing may ever reap it). A negative target is a process group.
 */
export function isRunning(target: number): boolean {
  if (target < 0 || !existsSync(PROC)) return isAlive(target);
  try {
    const stat = readFileSync(`${PROC}/${target}/stat`, "latin1");
    // "pid (comm) state ...": comm may hold spaces and parentheses, so read after the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The process (or, negative, the group) exists; EPERM: it does, but belongs to someone else. */
export function isAlive(target: number): boolean {
  try {
    process.kill(target, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function commandOf(pid: number): string {
  try {
    const args = readFileSync(`${PROC}/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    // `node …/wrangler.js dev` reads better as "wrangler.js" than as "node".
    const script = args.find((arg, i) => i > 0 && !arg.startsWith("-") && /^[\w./@-]+$/.test(arg));
    return basename(/(^|\/)node$/.test(args[0] ?? "") && script ? script : (args[0] ?? "?"));
  } catch {
    return "?";
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("../watchdog.ts", import.meta.url));

export interface Watchdog {
  /** Has the watchdog stop this process group if this process ends before it does. */
  watch(pgid: number): void;
  /** Ends the watch (after a clean stop): the watchdog exits. */
  close(): void;
  process: ChildProcess;
}

/**
 * Starts the watchdog (scripts/watchdog.ts) for this process's child process groups. The
 * children run in process groups of their own (so Ctrl-C reaches the launcher alone and it
 * stops them in order), which also means nothing stops them when the launcher is killed:
 * the watchdog does. Its stdin is the only end of its pipe, and Node opens pipes
 * close-on-exec, so no other child holds it open after this process is gone.
 */
export function startWatchdog(options: { graceMs?: number } = {}): Watchdog {
  const child = spawn(process.execPath, [script, String(options.graceMs ?? 3_000)], {
    detached: true,
    stdio: ["pipe", "inherit", "inherit"],
  });
  // The launcher must not wait for its watchdog to exit.
  child.unref();
  const stdin = child.stdin;
  if (!stdin) throw new Error("the watchdog has no stdin");
  stdin.on("error", () => {
    // The watchdog died first; the data lock still names the groups for the next start.
  });
  return {
    watch: (pgid) => void stdin.write(`${pgid}\n`),
    close: () => stdin.end(),
    process: child,
  };
}
